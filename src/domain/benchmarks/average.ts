// The group's average beside the quartile: the published average when one was imported (LG Inform
// publishes its own, which may weight or include councils the member rows do not), else the mean
// of the member figures, said to be so, so nobody takes a mean we made for a published figure.
export interface GroupAverage {
  value: number;
  /** 'published': an imported average row; 'mean': the mean of the member figures. */
  basis: 'published' | 'mean';
}

export function groupAverage(
  members: readonly number[],
  published: number | null,
): GroupAverage | null {
  if (published !== null) return { value: published, basis: 'published' };
  if (members.length === 0) return null;
  return { value: members.reduce((a, b) => a + b, 0) / members.length, basis: 'mean' };
}

/** "CIPFA nearest neighbours average", or "… mean of the 16 members' figures". */
export function averageLabel(groupName: string, average: GroupAverage, members: number): string {
  return average.basis === 'published'
    ? `${groupName} average`
    : `${groupName}: mean of ${members === 1 ? "the one member's figure" : `the ${members} members' figures`}`;
}
