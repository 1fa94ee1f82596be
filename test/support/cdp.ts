// Chromium's DevTools protocol from a test (through test/support/cdp-commands.js): real autofill,
// the accessibility tree a screen reader reads, emulated media. Chromium-only tests use it and
// say so in their names; elsewhere they are skipped.
import { executeServerCommand } from '@web/test-runner-commands';

/** Whether this engine is Chromium (the only one with the DevTools protocol here). */
export const isChromium = /Chrom(e|ium)\//.test(navigator.userAgent);

/** `describe` in Chromium, `describe.skip` elsewhere. */
export const describeChromium: Mocha.SuiteFunction | Mocha.PendingSuiteFunction = isChromium
  ? describe
  : describe.skip;

interface Answer<T> {
  result: T;
  event?: unknown;
  unsupported?: true;
}

/** Sends one DevTools command; with `event`, also waits for that notification and returns it. */
export async function cdp<T = Record<string, unknown>>(
  method: string,
  params: object = {},
  event?: string,
): Promise<Answer<T>> {
  const answer = await executeServerCommand<Answer<T>, object>('cdp', { method, params, event });
  if (!answer || answer.unsupported) throw new Error('The DevTools protocol is Chromium-only');
  return answer;
}

/** The DevTools id of an element (inside shadow roots too). */
export async function backendNodeId(el: Element): Promise<number> {
  (window as unknown as { cdpTarget: Element }).cdpTarget = el;
  const { result } = await cdp<{ result: { objectId: string } }>('Runtime.evaluate', {
    expression: 'window.cdpTarget',
  });
  const { result: described } = await cdp<{ node: { backendNodeId: number } }>('DOM.describeNode', {
    objectId: result.result.objectId,
  });
  return described.node.backendNodeId;
}

/** A node of the accessibility tree, as screen readers get it. */
export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The page's whole accessibility tree, with helpers to read it. */
export async function axTree() {
  await cdp('Accessibility.enable');
  const { result } = await cdp<{ nodes: AXNode[] }>('Accessibility.getFullAXTree');
  const byId = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const prop = (n: AXNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;
  /** The text a node's descendants expose (what a live region says when it changes). */
  const text = (n: AXNode): string =>
    n.role?.value === 'StaticText'
      ? (n.name?.value ?? '')
      : (n.childIds ?? [])
          .map((id) => byId.get(id))
          .filter((c): c is AXNode => !!c && !c.ignored)
          .map(text)
          .join(' ');
  return {
    nodes: result.nodes,
    prop,
    text: (n: AXNode) => text(n).replace(/\s+/g, ' ').trim(),
    /** The node that has focus. */
    focused: () =>
      result.nodes.filter((n) => prop(n, 'focused') === true && n.role?.value !== 'RootWebArea').at(-1),
    /** The node of a DOM element (one at a time: the lookup goes through one global). */
    of: async (el: Element) => {
      const id = await backendNodeId(el);
      return result.nodes.find((n) => n.backendDOMNodeId === id);
    },
  };
}
