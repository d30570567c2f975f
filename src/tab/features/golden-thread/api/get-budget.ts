import { ApiError, http, type BudgetPositionView } from '../../../shared/api/index.js';

/**
 * The latest quarter's budget position ended by today (the quarter the golden thread's ratings sit
 * in); null when finance has imported none yet, which is said on the page, not shown as a failure.
 */
export async function getBudget(): Promise<BudgetPositionView | null> {
  try {
    return await http.get<BudgetPositionView>('/api/budget');
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
