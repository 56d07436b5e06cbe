import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../graphql/index.js';

export const AppInfoQuery = graphql(`
  query AppInfo {
    appInfo {
      demo
      mailConfigured
      privacy {
        controllerName
        controllerContact
        imprintUrl
        sessionDays
        auditRetentionMonths
        notificationRetentionMonths
        backupDays
      }
    }
  }
`);

/**
 * Facts about this installation: whether it is a demo with published accounts, whether it sends e-mail, and
 * what the privacy page says from configuration (one query, asked once, shared by every page's footer).
 */
export function useAppInfo() {
  const { result } = useQuery(AppInfoQuery, {}, { fetchPolicy: 'cache-first' });
  return {
    demo: computed(() => result.value?.appInfo.demo ?? false),
    mailConfigured: computed(() => result.value?.appInfo.mailConfigured ?? false),
    privacy: computed(() => result.value?.appInfo.privacy ?? null),
    loaded: computed(() => result.value !== undefined),
  };
}
