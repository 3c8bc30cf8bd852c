import { api, call } from '../../api/client';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';

type Rules = Awaited<ReturnType<typeof fetchRules>>;
const fetchRules = () => call(api.GET('/api/interviews/rules'));
const cache = new Map<number, Promise<Rules>>();

/** The college's interview rules, fetched once per college and page load and shared by the interview pages. */
export function useInterviewRules() {
  const id = useAuth().me?.institution.id ?? 0;
  return useApi(() => {
    if (!cache.has(id)) cache.set(id, fetchRules().catch((e) => (cache.delete(id), Promise.reject(e))));
    return cache.get(id)!;
  }, [id]).data;
}
