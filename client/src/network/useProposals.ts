import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import type { ProposalInput } from '../graphql/graphql.js';
import { useErrorText } from '../shared/useErrorText.js';
import { concernsProposals } from './networkModel.js';
import { CreateProposalMutation, ProposalsQuery, SupportProposalMutation, UpdateProposalMutation } from './documents.js';
import { sortProposals, supportAction, type Proposal } from './proposalModel.js';
import { latestLoad } from '../app/latestLoad.js';
import { useNetworkChanges } from './useNetworkChanges.js';

/** The proposals, most supported first, kept current live, and what an MO does with them. */
export function useProposals(signedIn: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(ProposalsQuery, {}, () => ({
    enabled: signedIn.value,
    fetchPolicy: 'cache-and-network',
  }));
  const proposals = computed(() => sortProposals(result.value?.proposals ?? []));
  const loaded = computed(() => result.value !== undefined);
  const reload = latestLoad(() => refetch() ?? Promise.resolve());
  useNetworkChanges((change) => {
    if (signedIn.value && concernsProposals(change)) void reload();
  });

  const { mutate: createMutation } = useMutation(CreateProposalMutation);
  const { mutate: updateMutation } = useMutation(UpdateProposalMutation);
  const create = async (input: ProposalInput) => {
    await createMutation({ input });
    await refetch();
  };
  const update = (id: string) => async (input: ProposalInput) => {
    await updateMutation({ id, input });
  };

  // a refusal shows beside the button it came from; the answer's count re-sorts the list through the cache
  const describe = useErrorText();
  const supportError = ref<{ id: string; text: string } | null>(null);
  const supportBusy = ref<string | null>(null);
  const { mutate: supportMutation } = useMutation(SupportProposalMutation);
  async function toggleSupport(proposal: Proposal): Promise<boolean> {
    const act = supportAction(proposal);
    if (!act) return false;
    supportError.value = null;
    supportBusy.value = proposal.id;
    try {
      await supportMutation({ id: proposal.id, support: act === 'support' });
      return true;
    } catch (failure) {
      supportError.value = { id: proposal.id, text: describe(failure).text };
      return false;
    } finally {
      supportBusy.value = null;
    }
  }

  return { proposals, loaded, loading, error, refetch, create, update, toggleSupport, supportError, supportBusy };
}
