// Keys from a file made safe for every object used as a map: graphology keeps each node's neighbours and sigma
// its caches in plain objects keyed by ids, where "__proto__" or "constructor" reach Object.prototype or the
// Object function. Such ids are renamed on the way in ("~__proto__"), and the user is told.
/** Prefixed to a renamed key. */
export const KEY_ESCAPE = "~";

/** Whether a key or attribute name from a file must not be used as is: a property every plain object inherits ("__proto__", "constructor", "toString"...), or "prototype". */
export function isUnsafeKey(key: string): boolean {
  return key in Object.prototype || key === "prototype";
}

/**
 * The key the viewer uses for a file's key: unchanged unless {@link isUnsafeKey}, then prefixed with
 * {@link KEY_ESCAPE}. The renamed key is safe and stays as it is when a download is opened again.
 */
export function safeKey(key: string): string {
  return isUnsafeKey(key) ? KEY_ESCAPE + key : key;
}

/** An attribute object without names that reach an object's prototype; graphology copies attributes with Object.assign. */
export function withoutUnsafeNames(attributes: unknown): Record<string, unknown> {
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) return {};
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !isUnsafeKey(name)));
}

interface SerializedItem {
  key?: unknown;
  source?: unknown;
  target?: unknown;
  attributes?: unknown;
  undirected?: unknown;
}

/**
 * Whether any node or edge key of a serialised graph needs renaming. The served graph is checked before
 * every import, so this allocates nothing per item: a plain loop over hundreds of thousands of them.
 */
export function hasUnsafeKeys(data: { nodes?: unknown; edges?: unknown }): boolean {
  const unsafe = (value: unknown) => typeof value === "string" && isUnsafeKey(value);
  for (const list of [data.nodes, data.edges]) {
    if (!Array.isArray(list)) continue;
    for (const item of list as SerializedItem[]) {
      if (unsafe(item?.key) || unsafe(item?.source) || unsafe(item?.target)) return true;
    }
  }
  return false;
}

/** A serialised graph ready for graphology's import, and the ids that had to be renamed for it. */
export interface EscapedGraph {
  data: { attributes: Record<string, unknown>; nodes: SerializedItem[]; edges: SerializedItem[] };
  renamed: string[];
}

/**
 * A serialised graph (graphology's JSON) with unsafe node and edge keys renamed and unsafe attribute
 * names dropped: nothing in it can reach a prototype.
 */
export function escapeSerializedGraph(data: { attributes?: unknown; nodes: unknown[]; edges?: unknown }): EscapedGraph {
  const renamed = new Set<string>();
  const escape = (value: unknown) => {
    if (typeof value !== "string" || !isUnsafeKey(value)) return value;
    renamed.add(value);
    return safeKey(value);
  };
  const item = (raw: unknown): SerializedItem => {
    const i = (typeof raw === "object" && raw !== null ? raw : {}) as SerializedItem;
    return {
      ...(i.key !== undefined ? { key: escape(i.key) } : {}),
      ...(i.source !== undefined ? { source: escape(i.source), target: escape(i.target) } : {}),
      ...(i.undirected !== undefined ? { undirected: i.undirected } : {}),
      attributes: withoutUnsafeNames(i.attributes),
    };
  };
  const escaped = { attributes: withoutUnsafeNames(data.attributes), nodes: data.nodes.map(item), edges: Array.isArray(data.edges) ? data.edges.map(item) : [] };
  return { data: escaped, renamed: [...renamed].sort() };
}

/** What {@link escapeGexfKeys} needs of a parsed XML document: the browser's DOM and @xmldom's alike. */
export interface XmlDocument {
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

/** An element of an {@link XmlDocument}. */
export interface XmlElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

/**
 * Renames unsafe ids in a GEXF document in place (nodes, edges, attribute ids and titles), before
 * graphology-gexf reads it into plain objects; the node and edge ids renamed.
 */
export function escapeGexfKeys(document: XmlDocument): string[] {
  const renamed = new Set<string>();
  const escape = (tag: string, names: string[], counted: boolean) => {
    for (const element of Array.from(document.getElementsByTagNameNS("*", tag))) {
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value === null || !isUnsafeKey(value)) continue;
        element.setAttribute(name, safeKey(value));
        if (counted) renamed.add(value);
      }
    }
  };
  escape("node", ["id", "pid"], true);
  escape("edge", ["id", "source", "target"], true);
  escape("attribute", ["id", "title"], false);
  escape("attvalue", ["id", "for"], false);
  return [...renamed].sort();
}

/** What the user is told when ids were renamed. */
export function renamedNote(renamed: readonly string[]): string | undefined {
  if (renamed.length === 0) return undefined;
  const list = renamed.map((k) => `${k} as ${safeKey(k)}`).join(", ");
  return `${renamed.length === 1 ? "One id is a name" : `${renamed.length} ids are names`} JavaScript objects reserve, shown and downloaded renamed: ${list}.`;
}
