// The risk register's answers (issue 17), as the tab reads them: types only.
export type {
  RegisterView,
  RiskDetailView,
  RiskSummaryView,
  ScoreView,
} from '../app/risks/index.js';
