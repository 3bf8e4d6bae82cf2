package org.forcestat.addin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * forcestat's cell formats appended to the user's style table: its fonts, fills, borders, number
 * formats, cell formats and differential formats go after the user's, so every existing style index
 * keeps its meaning, and forcestat's indexes are shifted by the user's counts.
 */
final class StyleMerge {
    private static final List<String> ORDER = List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs",
            "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst");
    /** The first number-format id a workbook may define itself. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private final Map<String, Integer> base = new LinkedHashMap<>();
    private final Map<Integer, Integer> formats = new HashMap<>();

    StyleMerge(Document user, Document ours) {
        Element root = user.getDocumentElement();
        Element theirs = ours.getDocumentElement();
        String px = Xml.prefix(root);
        mergeFormats(user, root, theirs, px);
        for (String list : List.of("fonts", "fills", "borders")) {
            base.put(list, append(user, root, theirs, list, px, null));
        }
        boolean styleXfs = Xml.child(root, "cellStyleXfs") != null;
        base.put("cellXfs", append(user, root, theirs, "cellXfs", px, xf -> {
            xf.setAttribute("fontId", shift(xf, "fontId", "fonts"));
            xf.setAttribute("fillId", shift(xf, "fillId", "fills"));
            xf.setAttribute("borderId", shift(xf, "borderId", "borders"));
            int format = Integer.parseInt(attr(xf, "numFmtId"));
            xf.setAttribute("numFmtId", Integer.toString(formats.getOrDefault(format, format)));
            if (styleXfs) {
                xf.setAttribute("xfId", "0");
            } else {
                xf.removeAttribute("xfId");
            }
        }));
        base.put("dxfs", append(user, root, theirs, "dxfs", px, null));
    }

    /** The user's counts before forcestat's additions, to record in the copy. */
    Map<String, Integer> base() {
        return base;
    }

    int cellStyle(int ours) {
        return base.get("cellXfs") + ours;
    }

    int dxf(int ours) {
        return base.get("dxfs") + ours;
    }

    private String shift(Element xf, String attribute, String list) {
        return Integer.toString(base.get(list) + Integer.parseInt(attr(xf, attribute)));
    }

    private static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? "0" : v;
    }

    /** Number formats: one the user already has (same code) is reused, others get the next free ids. */
    private void mergeFormats(Document user, Element root, Element theirs, String px) {
        Element mine = Xml.child(root, "numFmts");
        Map<String, Integer> byCode = new HashMap<>();
        int max = FIRST_CUSTOM_FORMAT - 1;
        if (mine != null) {
            for (Element f : Xml.children(mine, "numFmt")) {
                int id = Integer.parseInt(f.getAttribute("numFmtId"));
                byCode.putIfAbsent(f.getAttribute("formatCode"), id);
                max = Math.max(max, id);
            }
        }
        base.put("numFmtMax", max);
        Element ourFormats = Xml.child(theirs, "numFmts");
        if (ourFormats == null) {
            return;
        }
        for (Element f : Xml.children(ourFormats, "numFmt")) {
            int id = Integer.parseInt(f.getAttribute("numFmtId"));
            String code = f.getAttribute("formatCode");
            Integer existing = byCode.get(code);
            if (existing != null) {
                formats.put(id, existing);
                continue;
            }
            if (mine == null) {
                mine = user.createElement(px + "numFmts");
                Xml.insertInOrder(root, mine, ORDER);
            }
            Element copy = user.createElement(px + "numFmt");
            copy.setAttribute("numFmtId", Integer.toString(++max));
            copy.setAttribute("formatCode", code);
            mine.appendChild(copy);
            byCode.put(code, max);
            formats.put(id, max);
        }
        if (mine != null) {
            mine.setAttribute("count", Integer.toString(Xml.children(mine, "numFmt").size()));
        }
    }

    /** Appends forcestat's items of one list; returns how many the user had. */
    private static int append(Document user, Element root, Element theirs, String list, String px,
            java.util.function.Consumer<Element> adjust) {
        Element mine = Xml.child(root, list);
        Element ourList = Xml.child(theirs, list);
        if (mine == null) {
            mine = user.createElement(px + list);
            Xml.insertInOrder(root, mine, ORDER);
        }
        int before = Xml.elements(mine).size();
        if (ourList != null) {
            for (Element item : Xml.elements(ourList)) {
                Element copy = (Element) Xml.copy(user, item, px);
                if (adjust != null) {
                    adjust.accept(copy);
                }
                mine.appendChild(copy);
            }
        }
        mine.setAttribute("count", Integer.toString(Xml.elements(mine).size()));
        return before;
    }
}
