// The licence every open-data download is published under. Councils publish under the Open
// Government Licence (the National Archives' default for public sector information), so the page,
// the JSON and the CSV's Link header name it the same way, from here.
export interface Licence {
  name: string;
  url: string;
  /** The attribution statement the licence asks re-users to give. */
  attribution: string;
}

export const OPEN_GOVERNMENT_LICENCE: Licence = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0.',
};
