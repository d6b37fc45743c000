import type { SpatialMatch } from './match';

/** A keyboard layout: for each key, its neighbours in a fixed order of directions (zxcvbn format). */
export type AdjacencyGraph = Readonly<Record<string, ReadonlyArray<string | null>>>;

/** zxcvbn 4.4.2's four graphs (adjacency_graphs.coffee), in its order. */
export const GRAPH_NAMES = ['qwerty', 'dvorak', 'keypad', 'mac_keypad'] as const;
export type GraphName = (typeof GRAPH_NAMES)[number];
export type AdjacencyGraphs = Readonly<Partial<Record<GraphName, AdjacencyGraph>>>;

const SHIFTED = /[~!@#$%^&*()_+QWERTYUIOPASDFGHJKL:"ZXCVBNM<>?{}|]/;

/** Keyboard walks of 3+ keys (zxcvbn's spatial_match), linear in the password length. */
export function matchSpatial(password: string, graphs: AdjacencyGraphs): SpatialMatch[] {
  const out: SpatialMatch[] = [];
  for (const name of GRAPH_NAMES) {
    const graph = graphs[name];
    if (!graph) continue;
    let i = 0;
    while (i < password.length - 1) {
      let j = i + 1;
      let lastDirection = -1;
      let turns = 0;
      let shifted = (name === 'qwerty' || name === 'dvorak') && SHIFTED.test(password[i]!) ? 1 : 0;
      for (;;) {
        const adjacents = Object.hasOwn(graph, password[j - 1]!) ? graph[password[j - 1]!]! : [];
        let found = false;
        if (j < password.length) {
          const current = password[j]!;
          for (let direction = 0; direction < adjacents.length; direction++) {
            const adjacent = adjacents[direction];
            const at = adjacent ? adjacent.indexOf(current) : -1;
            if (at === -1) continue;
            found = true;
            if (at === 1) shifted++;
            if (lastDirection !== direction) {
              turns++;
              lastDirection = direction;
            }
            break;
          }
        }
        if (found) {
          j++;
          continue;
        }
        if (j - i > 2) out.push({ pattern: 'spatial', i, j: j - 1, graph: name, turns, shifted });
        i = j;
        break;
      }
    }
  }
  return out;
}
