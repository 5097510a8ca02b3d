// ontology.yaml -> Ontology, checking ids, colours and the entity types each relation type names.
import { isMap, isScalar, isSeq, type Node } from "yaml";
import { DEFAULT_SOURCE_KINDS, type EntityType, type Ontology, type QuantityName, type RelationCues, type RelationFamily, type RelationType, type SourceKind } from "../model/ontology.ts";
import { claimId, FirstDefinitions } from "./ids.ts";
import { didYouMean } from "./suggest.ts";
import { describe, readMappings, RecordReader, type ParsedYaml } from "./yaml-records.ts";
import { LIMITS, limitedText } from "./limits.ts";
import { visibleName } from "./visible-text.ts";

const COLOR = /^#[0-9a-fA-F]{6}$/;
const ENTITY_TYPE_FIELDS = ["id", "label", "description", "color", "cues"] as const;
const RELATION_TYPE_FIELDS = ["id", "label", "description", "color", "family", "directed", "from", "to", "selfLoops", "cues"] as const;
const RELATION_FAMILY_FIELDS = ["id", "label", "description"] as const;
const QUANTITY_NAME_FIELDS = ["id", "label"] as const;
const CUE_LISTS = ["verbs", "receiverVerbs", "nouns", "agentNouns", "phrases", "prepositions", "mutual"] as const;
const CUE_FLAGS = ["speech", "items", "counts"] as const;
const CUE_FIELDS = [...CUE_LISTS, ...CUE_FLAGS, "modifier"];
const SOURCE_KIND_FIELDS = ["id", "description"] as const;
const SECTIONS = ["entityTypes", "relationFamilies", "relationTypes", "quantityNames", "sourceKinds"];
/** Quantity names as relations write them: camelCase, like shotDown. */
const QUANTITY_NAME = /^[a-z][A-Za-z0-9]*$/;

function readColor(record: RecordReader): string | undefined {
  const color = record.string("color", true);
  if (color !== undefined && !COLOR.test(color)) {
    record.report.add(record.valueNode("color"), "bad-color", `colour "${color}" of ${record.name} is not of the form #rrggbb`, 'write it like "#1f77b4" (in quotes)');
    return undefined;
  }
  return color;
}

function readEntityType(record: RecordReader, seen: FirstDefinitions): EntityType | undefined {
  const id = claimId(record, seen, "entity type");
  record.rejectUnknownFields(ENTITY_TYPE_FIELDS);
  const label = visibleName(record, record.valueNode("label"), limitedText(record, "label", true, LIMITS.nameLength), "the label");
  const description = limitedText(record, "description", true);
  const color = readColor(record);
  const cues = record.has("cues") ? record.stringList("cues", false) : undefined;
  if (!id || !label || !description || !color) return undefined;
  return cues === undefined ? { id, label, description, color } : { id, label, description, color, cues };
}

/** The `cues:` mapping of a relation type: word lists and flags, each checked like a record's fields. */
function readRelationCues(record: RecordReader): RelationCues | undefined {
  const node = record.valueNode("cues");
  if (node === undefined) return undefined;
  if (!isMap(node)) {
    record.report.add(node, "wrong-type", `"cues" of ${record.name} must be a mapping like {verbs: [supply], nouns: [sale]}`);
    return undefined;
  }
  const cues = new RecordReader(record.report, node, `the cues of ${record.name}`);
  cues.rejectUnknownFields(CUE_FIELDS);
  const out: RelationCues = { verbs: [], receiverVerbs: [], nouns: [], agentNouns: [], phrases: [], prepositions: [], mutual: [], speech: false, items: false, counts: false };
  for (const list of CUE_LISTS) out[list] = cues.stringList(list, false);
  for (const flag of CUE_FLAGS) out[flag] = cues.boolean(flag, false);
  const modifier = cues.string("modifier", false);
  if (modifier === "source" || modifier === "target") out.modifier = modifier;
  else if (modifier !== undefined) cues.report.add(cues.valueNode("modifier"), "wrong-type", `"modifier" of ${cues.name} must be source or target, not "${modifier}"`, "write modifier: source (\"Iranian drones\": Iran is the source) or modifier: target");
  return out;
}

function readRelationFamily(record: RecordReader, seen: FirstDefinitions): RelationFamily | undefined {
  const id = claimId(record, seen, "relation family");
  record.rejectUnknownFields(RELATION_FAMILY_FIELDS);
  const label = limitedText(record, "label", true, LIMITS.nameLength);
  const description = limitedText(record, "description", true);
  if (!id || !label || !description) return undefined;
  return { id, label, description };
}

/**
 * The relation type's family: required once the ontology lists families (so the legend has no
 * stragglers), and one of them; with no families listed, a relation type has none.
 */
function readFamily(record: RecordReader, familyIds: Set<string> | null): string | undefined {
  if (familyIds === null) {
    if (record.has("family")) record.report.add(record.valueNode("family"), "unknown-relation-family", `${record.name} names a family, but the ontology lists no relationFamilies`, "add a relationFamilies section, or remove the family");
    return undefined;
  }
  const family = record.string("family", true);
  if (family !== undefined && !familyIds.has(family)) {
    record.report.add(record.valueNode("family"), "unknown-relation-family", `${record.name} names an unknown family "${family}"`, didYouMean(family, familyIds) ?? `the ontology's relationFamilies: ${[...familyIds].join(", ")}`);
    return undefined;
  }
  return family;
}

function readRelationType(record: RecordReader, seen: FirstDefinitions, entityTypeIds: Set<string>, familyIds: Set<string> | null): RelationType | undefined {
  const id = claimId(record, seen, "relation type");
  record.rejectUnknownFields(RELATION_TYPE_FIELDS);
  const label = visibleName(record, record.valueNode("label"), limitedText(record, "label", true, LIMITS.nameLength), "the label");
  const description = limitedText(record, "description", true);
  const color = readColor(record);
  const family = readFamily(record, familyIds);
  const directed = record.boolean("directed", true);
  const selfLoops = record.boolean("selfLoops", false);
  const ends: Record<"from" | "to", string[]> = { from: [], to: [] };
  for (const end of ["from", "to"] as const) {
    if (!record.has(end)) {
      record.report.add(record.node, "missing-field", `${record.name} has no "${end}"`, `list the entity types allowed, like ${end}: [state, organization]`);
      continue;
    }
    ends[end] = record.stringList(end, false);
    ends[end].forEach((typeId, i) => {
      if (entityTypeIds.has(typeId)) return;
      record.report.add(record.itemNode(end, i), "unknown-entity-type", `${record.name} names an unknown entity type "${typeId}" in "${end}"`, didYouMean(typeId, entityTypeIds));
    });
  }
  const cues = readRelationCues(record);
  if (!id || !label || !description || !color) return undefined;
  if (familyIds !== null && !family) return undefined;
  const type: RelationType = { id, label, description, color, ...(family ? { family } : {}), directed, from: ends.from, to: ends.to, selfLoops };
  if (cues !== undefined) type.cues = cues;
  return type;
}

function readQuantityName(record: RecordReader, seen: FirstDefinitions): QuantityName | undefined {
  const id = limitedText(record, "id", true, LIMITS.nameLength);
  record.rejectUnknownFields(QUANTITY_NAME_FIELDS);
  const label = limitedText(record, "label", true, LIMITS.nameLength);
  if (id === undefined) return undefined;
  record.name = `quantity name "${id}"`;
  if (!QUANTITY_NAME.test(id)) {
    record.report.add(record.valueNode("id"), "bad-id", `quantity name "${id}" is not camelCase`, "write it as relations do under quantities, like shotDown");
    return undefined;
  }
  const first = seen.where(id);
  if (first !== undefined) {
    record.report.add(record.valueNode("id"), "duplicate-id", `quantity name "${id}" is defined twice`, `the first definition is at ${first}; rename or remove one`);
    return undefined;
  }
  seen.claim(id, record.report.path, record.report.lineOf(record.valueNode("id")));
  if (!label) return undefined;
  return { id, label };
}

function readSourceKind(record: RecordReader, seen: FirstDefinitions): SourceKind | undefined {
  const id = claimId(record, seen, "source kind");
  record.rejectUnknownFields(SOURCE_KIND_FIELDS);
  const description = limitedText(record, "description", true);
  if (!id || !description) return undefined;
  return { id, description };
}

/** Reads the ontology; unknown or duplicate ids are reported in the file's own report. */
export function readOntology(parsed: ParsedYaml): Ontology {
  const { root, report } = parsed;
  const ontology: Ontology = { entityTypes: [], relationTypes: [], sourceKinds: [...DEFAULT_SOURCE_KINDS] };
  if (root === null) {
    // A file with nothing in it (or only comments) would silently allow no types at all.
    if (report.errors.length === 0) report.add(null, "empty-value", "the ontology is empty", "list entityTypes and relationTypes; see the README's data format");
    return ontology;
  }
  if (!isMap(root)) {
    report.add(root, "wrong-shape", `the ontology must be a mapping with entityTypes and relationTypes, not ${describe(root)}`);
    return ontology;
  }
  // A parsed mapping's keys are always nodes; only scalars have a value to compare.
  const pairOf = (key: string) => root.items.find((p) => (p.key as { value?: unknown }).value === key);
  const listOf = (key: string): Node[] => {
    const pair = pairOf(key);
    if (!pair) {
      report.add(root, "missing-field", `the ontology has no "${key}"`, `add a "${key}:" list`);
      return [];
    }
    if (!isSeq(pair.value)) {
      report.add(pair.value as Node, "wrong-type", `"${key}" must be a list`);
      return [];
    }
    return pair.value.items as Node[];
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : describe(pair.key as Node);
    if (!SECTIONS.includes(key)) {
      report.add(pair.key as Node, "unknown-field", `the ontology has an unknown section "${key}"`, `known sections: ${SECTIONS.join(", ")}`);
    }
  }
  const entitySeen = new FirstDefinitions();
  ontology.entityTypes = readMappings(report, listOf("entityTypes"), "entity type", (r) => readEntityType(r, entitySeen));
  const entityTypeIds = new Set(ontology.entityTypes.map((t) => t.id));
  // Optional: an ontology without families has ungrouped relation types, as before families existed.
  let familyIds: Set<string> | null = null;
  if (pairOf("relationFamilies") !== undefined) {
    const familySeen = new FirstDefinitions();
    ontology.relationFamilies = readMappings(report, listOf("relationFamilies"), "relation family", (r) => readRelationFamily(r, familySeen));
    familyIds = new Set(ontology.relationFamilies.map((f) => f.id));
  }
  const relationSeen = new FirstDefinitions();
  ontology.relationTypes = readMappings(report, listOf("relationTypes"), "relation type", (r) =>
    readRelationType(r, relationSeen, entityTypeIds, familyIds),
  );
  if (pairOf("quantityNames") !== undefined) {
    const quantitySeen = new FirstDefinitions();
    ontology.quantityNames = readMappings(report, listOf("quantityNames"), "quantity name", (r) => readQuantityName(r, quantitySeen));
  }
  // Optional: an ontology written before source kinds were checked keeps the default kinds.
  if (pairOf("sourceKinds") !== undefined) {
    const kindSeen = new FirstDefinitions();
    ontology.sourceKinds = readMappings(report, listOf("sourceKinds"), "source kind", (r) => readSourceKind(r, kindSeen));
  }
  return ontology;
}
