import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { LoginMutation, LogoutMutation, MeQuery } from './documents.js';

/** The signed-in user (or null), and login/logout that keep the cache consistent. */
export function useSession() {
  const { result, loading, refetch } = useQuery(MeQuery, {}, { fetchPolicy: 'cache-first' });
  const me = computed(() => result.value?.me ?? null);
  const { mutate: loginMutation } = useMutation(LoginMutation);
  const { mutate: logoutMutation } = useMutation(LogoutMutation);

  async function login(email: string, password: string) {
    await loginMutation({ email, password });
    await refetch();
  }

  async function logout() {
    await logoutMutation();
    // a full reload drops every cached booking the user could see, and the WebSocket with its session
    window.location.assign('/login');
  }

  return { me, loading, login, logout };
}
