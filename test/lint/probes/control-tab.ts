// The tab imports the domain, React, Fluent UI, and splits pages with a literal import().
// as: src/tab/shared/api/probe.ts
// reports: nothing
import 'react';
import '@fluentui/react-components';
import '../../../domain/ratings/index.js';

export const load = () => import('../format/uk-date.js');
