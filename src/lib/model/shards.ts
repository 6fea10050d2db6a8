/**
 * Which years go in which shard (issue 23). A shard is a run of consecutive
 * years, so that one year's edit touches one shard; the runs are cut so that
 * the largest shard holds as few statements as possible (a shard's build time
 * is its statements'). Pure: the counts come in, the cut goes out.
 */

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "K/N" as a shard; `where` names the setting in the message (`--shard`, `VERBATIM_SHARD`). */
export function parseShard(text: string, where: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`${where} ${JSON.stringify(text)}: a shard is K/N, shard K of N (e.g. 2/8)`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new Error(`${where} ${text}: N is the number of shards, at least 1`);
  if (index < 1 || index > count) throw new Error(`${where} ${text}: K counts the shards from 1 to N (${count})`);
  return { index, count };
}

/**
 * The years of each shard (shard 1 first, oldest years first), from the
 * statements of each year: consecutive runs, the largest as small as it can
 * be, each shard at least one year. Fails when there are fewer years than
 * shards (a shard would build nothing).
 */
export function shardYears(counts: ReadonlyMap<number, number>, shards: number): number[][] {
  const years = [...counts.keys()].sort((a, b) => a - b);
  if (shards < 1) throw new Error(`shards: ${shards} shards asked; at least 1`);
  if (years.length < shards) throw new Error(`shards: the corpus has statements of ${years.length} years, fewer than the ${shards} shards asked (a shard is at least one year)`);
  const sizes = years.map((y) => counts.get(y)!);
  const prefix = [0];
  for (const n of sizes) prefix.push(prefix[prefix.length - 1] + n);
  const sum = (from: number, to: number) => prefix[to] - prefix[from];
  // worst[k][i]: the smallest largest shard when the first i years go in k shards; cut[k][i] where the k-th begins.
  const worst = Array.from({ length: shards + 1 }, () => new Array<number>(years.length + 1).fill(Infinity));
  const cut = Array.from({ length: shards + 1 }, () => new Array<number>(years.length + 1).fill(0));
  worst[0][0] = 0;
  for (let k = 1; k <= shards; k++) {
    for (let i = k; i <= years.length; i++) {
      // The latest cut wins a tie, so that the cut is the same for the same counts whatever the order of the loop.
      for (let j = k - 1; j < i; j++) {
        const w = Math.max(worst[k - 1][j], sum(j, i));
        if (w <= worst[k][i]) {
          worst[k][i] = w;
          cut[k][i] = j;
        }
      }
    }
  }
  const out: number[][] = [];
  for (let k = shards, i = years.length; k > 0; k--) {
    const j = cut[k][i];
    out.unshift(years.slice(j, i));
    i = j;
  }
  return out;
}

/** The shard (1-based) a year belongs to, in a cut made by shardYears; undefined for a year no statement has. */
export function shardOfYear(cut: number[][], year: number): number | undefined {
  const i = cut.findIndex((ys) => ys.includes(year));
  return i < 0 ? undefined : i + 1;
}
