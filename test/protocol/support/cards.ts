// Reading Adaptive Cards back out of what the bot sent: inputs, actions, text, wherever they nest.
export function cardOf(activity: any): any {
  return activity?.attachments?.find(
    (a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;
}

function walk(node: any, visit: (n: any) => void): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  visit(node);
  for (const key of ['body', 'items', 'columns', 'actions', 'card', 'inlineAction'])
    walk(node[key], visit);
}

export function allText(card: any): string {
  const out: string[] = [];
  walk(card, (n) => {
    if (n.type === 'TextBlock') out.push(n.text);
    if (n.type === 'FactSet') for (const f of n.facts) out.push(`${f.title}: ${f.value}`);
  });
  return out.join('\n');
}

export function input(card: any, id: string): any {
  let found: any;
  walk(card, (n) => {
    if (n.id === id && String(n.type).startsWith('Input.')) found = n;
  });
  return found;
}

export function executeActions(card: any): any[] {
  const out: any[] = [];
  walk(card, (n) => {
    if (n.type === 'Action.Execute') out.push(n);
  });
  return out;
}

export function action(card: any, verb: string): any {
  return executeActions(card).find((a) => a.verb === verb);
}
