package org.forcestat.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * AUDIT_CIRCULAR: formulas that depend on themselves, directly or round a loop, across sheets
 * too. Found as the strongly connected components (Tarjan) of the graph of formula cells; one
 * finding per loop, at its first cell. Edges are capped so a huge sheet cannot stall the run.
 */
final class Circular implements AuditRule {
    static final String ID = RuleId.AUDIT_CIRCULAR.id();
    private static final int MAX_EDGES = 5_000_000;
    private static final int MAX_PER_REF = 50_000;
    private static final int[] NONE = {};

    private record Node(AuditSheet sheet, AuditCell cell, int id) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AuditWorkbook wb, AuditFindings out) {
        List<Node> nodes = new ArrayList<>();
        Map<AuditCell, Node> byCell = new IdentityHashMap<>();
        for (AuditSheet s : wb.sheets()) {
            for (AuditCell f : s.formulas()) {
                Node n = new Node(s, f, nodes.size());
                nodes.add(n);
                byCell.put(f, n);
            }
        }
        int[][] edges = new int[nodes.size()][];
        long total = 0;
        int[] to = new int[16]; // one node's edges, reused: no boxed Integer per edge
        for (Node n : nodes) {
            int k = 0;
            for (Formula.Ref r : n.cell().formula().refs()) {
                AuditSheet t = wb.target(n.sheet(), r);
                if (t == null || r.r1() < 0 || r.c1() < 0) {
                    continue;
                }
                for (AuditCell p : t.formulasIn(r.r1(), r.c1(), r.r2(), r.c2(), MAX_PER_REF)) {
                    if (k == to.length) {
                        to = Arrays.copyOf(to, 2 * k);
                    }
                    to[k++] = byCell.get(p).id();
                }
            }
            edges[n.id()] = k == 0 ? NONE : Arrays.copyOf(to, k);
            total += k;
            if (total > MAX_EDGES) {
                out.info(RuleId.AUDIT_INCOMPLETE.id(), "", "the file has too many formula links to check for circular "
                        + "references; that check was skipped.");
                return;
            }
        }
        for (List<Integer> loop : new Tarjan(edges).components()) {
            boolean selfLoop = loop.size() == 1 && contains(edges[loop.get(0)], loop.get(0));
            if (loop.size() < 2 && !selfLoop) {
                continue;
            }
            loop.sort(Integer::compare);
            Node first = nodes.get(loop.get(0));
            List<String> cells = new ArrayList<>();
            for (int id : loop) {
                Node n = nodes.get(id);
                cells.add(n.sheet() == first.sheet() ? n.cell().a1() : "'" + n.sheet().name() + "'!" + n.cell().a1());
            }
            String list = String.join(" -> ", cells.subList(0, Math.min(10, cells.size())))
                    + (cells.size() > 10 ? " ..." : "");
            out.add(Severity.ERROR, ID, first.sheet(), first.cell().a1(), list, "no circular reference",
                    (selfLoop ? "the formula " + first.cell().shown() + " uses its own cell"
                            : "these " + cells.size() + " formulas depend on each other in a loop (" + list + ")")
                            + ", so Excel cannot work out their values. Break the loop.");
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tarjan's strongly connected components, iterative so deep chains do not overflow the stack; only the
     * loops: components of two or more, or one formula that uses itself.
     */
    private static final class Tarjan {
        private final int[][] g;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] stack;
        private int sp;
        private int next = 1;
        private final List<List<Integer>> out = new ArrayList<>();

        Tarjan(int[][] g) {
            this.g = g;
            index = new int[g.length];
            low = new int[g.length];
            onStack = new boolean[g.length];
            stack = new int[g.length];
        }

        List<List<Integer>> components() {
            int[] callNode = new int[g.length];
            int[] callEdge = new int[g.length];
            for (int root = 0; root < g.length; root++) {
                if (index[root] != 0) {
                    continue;
                }
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                visit(root);
                while (depth >= 0) {
                    int v = callNode[depth];
                    if (callEdge[depth] < g[v].length) {
                        int w = g[v][callEdge[depth]++];
                        if (index[w] == 0) {
                            visit(w);
                            depth++;
                            callNode[depth] = w;
                            callEdge[depth] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                    } else {
                        if (low[v] == index[v] && stack[sp - 1] == v && !contains(g[v], v)) {
                            // a formula on no loop (nearly all of them): no list for it
                            onStack[stack[--sp]] = false;
                        } else if (low[v] == index[v]) {
                            List<Integer> comp = new ArrayList<>();
                            int w;
                            do {
                                w = stack[--sp];
                                onStack[w] = false;
                                comp.add(w);
                            } while (w != v);
                            out.add(comp);
                        }
                        depth--;
                        if (depth >= 0) {
                            int u = callNode[depth];
                            low[u] = Math.min(low[u], low[v]);
                        }
                    }
                }
            }
            return out;
        }

        private void visit(int v) {
            index[v] = next;
            low[v] = next;
            next++;
            stack[sp++] = v;
            onStack[v] = true;
        }
    }
}
