// Invented but plausible names for generated entities, unique by the same key the loader compares names with.
import { nameKey } from "../model/names.ts";
import { slugify } from "../load/ids.ts";
import type { Random } from "./random.ts";

const SYLLABLES = [
  "ka", "lo", "var", "den", "mir", "sol", "tan", "bel", "gor", "vi", "ra", "zan", "ost", "lin", "dra", "mes",
  "ko", "tal", "ber", "ul", "ash", "nov", "pri", "sek", "hol", "mar", "dun", "ve", "char", "yel", "bor", "ni",
];
const FIRST_NAMES = [
  "Anna", "Boris", "Darya", "Emil", "Farid", "Galina", "Hassan", "Irina", "Jonas", "Karim", "Lena", "Marek",
  "Nadia", "Oleg", "Parisa", "Reza", "Sofia", "Taras", "Ulla", "Viktor", "Yana", "Zohreh", "Amir", "Mila",
];

/** How each entity type's labels are shaped; `{}` is an invented place-like name. Unknown types use the plain name. */
const PATTERNS: Record<string, string[]> = {
  state: ["{}", "Republic of {}", "{}ia"],
  coalition: ["{} Pact", "{} Alliance", "{} Contact Group"],
  organization: ["{} Brigade", "{} Ministry of Defence", "{} News Agency", "{} Guard Corps", "{} Aerospace Works", "{} Border Service"],
  weapon: ["{}-#", "{} # drone", "{} # missile", "{}-# launcher"],
  city: ["{}", "Port {}", "{}grad", "New {}"],
  region: ["{} Oblast", "{} Valley", "{} Peninsula", "{} Highlands"],
  infrastructure: ["{} Power Plant", "{} Rail Bridge", "{} Pipeline", "{} Airbase", "{} Dam"],
  event: ["Battle of {}", "{} Talks", "Siege of {}", "{} Offensive", "{} Summit"],
  law: ["Treaty of {}", "{} Convention", "{} Accords", "{} Protocol"],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An invented name of two or three syllables, e.g. "Varden" or "Solmiros". */
function inventName(random: Random): string {
  const count = random.chance(0.6) ? 2 : 3;
  let name = "";
  for (let i = 0; i < count; i++) name += random.pick(SYLLABLES);
  return capitalize(name);
}

/**
 * Hands out entity labels, aliases and ids that never collide: a name may belong to one entity
 * only (the loader refuses collisions), so a clash gets a number appended.
 */
export class NameBook {
  private readonly taken = new Set<string>();
  private readonly ids = new Set<string>();
  /** Next number to try per clashing base name, so clashes cost O(1) instead of a walk from 2. */
  private readonly nextNumber = new Map<string, number>();

  constructor(private readonly random: Random) {}

  /** Claims `text` as a name when free; returns false when another entity already has it. */
  claim(text: string): boolean {
    const key = nameKey(text);
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }

  /** A fresh label for an entity of `type`. */
  label(type: string): string {
    let base: string;
    if (type === "official") {
      base = `${this.random.pick(FIRST_NAMES)} ${inventName(this.random)}`;
    } else {
      const pattern = this.random.pick(PATTERNS[type] ?? ["{}"]);
      base = pattern.replace("{}", inventName(this.random)).replace("#", String(10 + this.random.int(490)));
    }
    if (this.claim(base)) return base;
    for (let n = this.nextNumber.get(base) ?? 2; ; n++) {
      const numbered = `${base} ${n}`;
      if (this.claim(numbered)) {
        this.nextNumber.set(base, n + 1);
        return numbered;
      }
    }
  }

  /** An id derived from the label, kebab-case and unique. */
  id(label: string): string {
    const base = slugify(label) || "entity";
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** A short alias (the label's initials plus a number), or undefined when it would collide. */
  alias(label: string): string | undefined {
    const initials = label
      .split(/[\s-]+/)
      .map((word) => word.charAt(0).toUpperCase())
      .join("");
    const alias = `${initials}-${1 + this.random.int(999)}`;
    return this.claim(alias) ? alias : undefined;
  }
}
