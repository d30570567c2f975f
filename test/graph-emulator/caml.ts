// Checks a view's CAML query before the emulator keeps it. SharePoint wants "null or a valid XML
// fragment that conforms to CamlQueryRoot" (<Where>, <OrderBy>, <GroupBy>):
// https://learn.microsoft.com/previous-versions/office/sharepoint-server/ee536121(v=office.15)
// SharePoint itself accepts a FieldRef to a missing column and fails only when the view is shown;
// the emulator is stricter and refuses it at once, so a typo fails the provisioning test.

const ROOTS = new Set(['Where', 'OrderBy', 'GroupBy']);
const ELEMENTS = new Set([
  ...ROOTS,
  'And',
  'Or',
  'Eq',
  'Neq',
  'Gt',
  'Geq',
  'Lt',
  'Leq',
  'IsNull',
  'IsNotNull',
  'In',
  'Values',
  'Value',
  'FieldRef',
  'Today',
  'Now',
  'Contains',
  'BeginsWith',
]);
/** Columns every list has besides its own (the "Item" content type's fields). */
export const BUILT_IN_FIELDS = new Set([
  'ID',
  'Title',
  'LinkTitle',
  'Created',
  'Modified',
  'Author',
  'Editor',
]);

export interface CamlQuery {
  /** FieldRef names in document order. */
  fieldRefs: string[];
  /** The FieldRef names inside <Where>, in order (the first is the one an index must serve). */
  whereFields: string[];
}

const TAG = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/** Parses the fragment, or throws an Error saying what is wrong with it. */
export function parseCaml(text: string): CamlQuery {
  const stack: string[] = [];
  const roots = new Set<string>();
  const fieldRefs: string[] = [];
  const whereFields: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const between = text.slice(last, m.index);
    if (/[<>]/.test(between) || (stack.length === 0 && between.trim() !== '')) {
      throw new Error(`unexpected text "${between.trim().slice(0, 40)}"`);
    }
    last = m.index + m[0].length;
    const [, closing, name, attrs, selfClosing] = m as unknown as string[];
    if (!ELEMENTS.has(name!)) throw new Error(`<${name}> is not a CAML query element`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes nothing`);
      continue;
    }
    if (stack.length === 0) {
      if (!ROOTS.has(name!)) throw new Error(`<${name}> cannot be at the top of a view query`);
      if (roots.has(name!)) throw new Error(`<${name}> appears twice`);
      roots.add(name!);
    }
    if (name === 'FieldRef') {
      const field = /Name\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs ?? '');
      if (!field) throw new Error('a <FieldRef> has no Name');
      const ref = field[1] ?? field[2]!;
      fieldRefs.push(ref);
      if (stack[0] === 'Where') whereFields.push(ref);
    }
    if (!selfClosing) stack.push(name!);
  }
  if (text.slice(last).trim() !== '') throw new Error('text after the last element');
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]}> is not closed`);
  return { fieldRefs, whereFields };
}
