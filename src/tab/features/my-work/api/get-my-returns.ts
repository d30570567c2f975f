import { http, type MyReturns } from '../../../shared/api/index.js';

export function getMyReturns(): Promise<MyReturns> {
  return http.get<MyReturns>('/api/returns/mine');
}
