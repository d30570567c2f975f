// Which action plan goes with a figure, wherever it is shown (dashboard exceptions, reports): the
// plan the checker linked to it, else the indicator's open plan — so an off-target figure checked
// before a plan was linked still shows the plan that is dealing with it.
export function planForFigure<P extends { indicatorId: string; status: string }>(
  plans: ReadonlyMap<string, P>,
  indicatorId: string,
  linkedId: string | null | undefined,
): P | undefined {
  const linked = linkedId ? plans.get(linkedId) : undefined;
  return (
    linked ?? [...plans.values()].find((p) => p.indicatorId === indicatorId && p.status === 'open')
  );
}
