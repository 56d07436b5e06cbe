import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { graphql } from '../graphql/index.js';

export const AppInfoQuery = graphql(`
  query AppInfo {
    appInfo {
      demo
      mailConfigured
      privacy {
        imprintUrl
      }
    }
  }
`);

/**
 * Facts about this installation: whether it is a demo with published accounts, whether it sends e-mail, and the
 * operator's imprint for every page's footer. The privacy page asks for the rest itself (`PrivacyFactsQuery`):
 * every route carries this query and its answer.
 */
export function useAppInfo() {
  const { result } = useQuery(AppInfoQuery, {}, { fetchPolicy: 'cache-first' });
  return {
    demo: computed(() => result.value?.appInfo.demo ?? false),
    mailConfigured: computed(() => result.value?.appInfo.mailConfigured ?? false),
    imprintUrl: computed(() => result.value?.appInfo.privacy.imprintUrl ?? null),
  };
}
