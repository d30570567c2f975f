export { RatingBadge } from './rating-badge.js';
export { RATING_LOOK, RATING_NAMES, RATING_ORDER } from './rating-style.js';
export { DirectionArrows, visuallyHidden } from './direction-arrow.js';
export { ErrorBar, InfoBar, Loading, StatusNotice, type Notice } from './load-state.js';
export { useLoad, type Loaded } from './use-load.js';
export { usePageStyles } from './page-styles.js';
export { UkDateField, type UkDateFieldProps } from './uk-date-field.js';
export { ExcelLink, excelHref } from './excel-link.js';
export { PeriodSelect, type PeriodSelectProps } from './period-select.js';
