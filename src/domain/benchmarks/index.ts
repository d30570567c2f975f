// Public surface of the benchmark rules: the quartile, its words and the group average. Pure.
export { quartileOf, type Quartile, type QuartileInput, type QuartileResult } from './quartile.js';
export { membersWords, ordinal, placeWords, quartileWords } from './words.js';
export { averageLabel, groupAverage, type GroupAverage } from './average.js';
