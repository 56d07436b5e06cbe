import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../graphql/index.js';

export const AppInfoQuery = graphql(`
  query AppInfo {
    appInfo {
      demo
      mailConfigured
    }
  }
`);

/** Facts about this installation: whether it is a demo with published accounts, whether it sends e-mail. */
export function useAppInfo() {
  const { result } = useQuery(AppInfoQuery, {}, { fetchPolicy: 'cache-first' });
  return {
    demo: computed(() => result.value?.appInfo.demo ?? false),
    mailConfigured: computed(() => result.value?.appInfo.mailConfigured ?? false),
  };
}
