/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The report's PDF, written part by part as the parts are laid out, so that only a part is ever in memory: each
 * part's pages, annotations and structure elements go to the file as soon as it is laid out ({@link #addBody}), the
 * title block and contents last ({@link #addFront}), but first in the page tree and the structure tree. What the
 * parts cannot know is written at the end ({@link #finish}) from a few numbers kept per page and per anchor: the
 * destinations of links to other parts (each such link points at an object reserved for its anchor), the running
 * head and "Page N of M" (each page's contents end with a stream reserved for them), the outline, the page tree, the
 * structure tree's root, Document element and parent tree, and the catalog.
 * <p>
 * The parts are tagged: their structure elements go straight under one Document element, in reading order (the title
 * block and contents first), as a single pass would give; their parent trees become one, each part's keys moved past
 * the previous parts'.
 */
final class JoinedPdf {

    /** The furniture's font, in every page's resources under a name no renderer gives. */
    private static final COSName FURNITURE_FONT = COSName.getPDFName("PremortemFurniture");
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final COSName XYZ = COSName.getPDFName("XYZ");
    private static final COSName PARENT_TREE = COSName.getPDFName("ParentTree");
    private static final COSName PARENT_TREE_NEXT_KEY = COSName.getPDFName("ParentTreeNextKey");
    private static final COSName NUMS = COSName.getPDFName("Nums");
    private static final COSName LIMITS = COSName.getPDFName("Limits");
    /** What the catalog of the joined PDF does not take from the first part's. */
    private static final Set<COSName> CATALOG_OWN = Set.of(COSName.TYPE, COSName.PAGES, COSName.STRUCT_TREE_ROOT,
            COSName.OUTLINES, COSName.METADATA, COSName.NAMES, COSName.getPDFName("AF"), COSName.PAGE_LABELS);
    private static final Set<COSName> STRUCTURE_ROOT_OWN = Set.of(COSName.TYPE, COSName.K, PARENT_TREE,
            PARENT_TREE_NEXT_KEY, COSName.getPDFName("IDTree"));
    private static final Set<COSName> DOCUMENT_OWN = Set.of(COSName.K, COSName.P);
    private static final Set<COSName> INHERITED = Set.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX,
            COSName.ROTATE);
    /** Entries of a parent tree leaf, and children of a node above. */
    private static final int TREE_FAN_OUT = 128;

    private final StreamingPdfWriter writer;
    private final int pagesRoot;
    private final int structureRoot;
    private final int documentElement;
    private final int furnitureFont;
    /** A stream that saves the graphics state: every page starts with it, and its furniture restores it first. */
    private final int saveState;

    private final PageList body = new PageList();
    private final PageList front = new PageList();
    private final List<Integer> bodyNodes = new ArrayList<>();
    private int frontNode;
    private final List<byte[]> bodyElements = new ArrayList<>();
    private final List<byte[]> frontElements = new ArrayList<>();

    /** Parent tree: the leaves written, with their first and last keys; the entries of the leaf being filled. */
    private final List<int[]> leaves = new ArrayList<>();
    private final TreeMap<Integer, byte[]> leaf = new TreeMap<>();
    private int nextKey;

    /** The object each linked-to anchor's destination is written to, at the end. */
    private final Map<String, Integer> destinations = new HashMap<>();

    private final Map<COSName, byte[]> catalog = new LinkedHashMap<>();
    private final Map<COSName, byte[]> structureRootEntries = new LinkedHashMap<>();
    private final Map<COSName, byte[]> documentEntries = new LinkedHashMap<>();
    private boolean first = true;

    JoinedPdf(OutputStream out) throws IOException {
        writer = new StreamingPdfWriter(out);
        pagesRoot = writer.reserve();
        structureRoot = writer.reserve();
        documentElement = writer.reserve();
        furnitureFont = writer.reserve();
        saveState = writer.reserve();
        writer.writeStream(saveState, new byte[0], "q\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes a part of the body, after the previous ones; returns its number of pages. */
    int addBody(PDDocument part) throws IOException {
        int node = writer.reserve();
        bodyNodes.add(node);
        return add(part, node, body, bodyElements);
    }

    /** Writes the title block and contents, which come first in the page tree and in the reading order. */
    int addFront(PDDocument part) throws IOException {
        if (frontNode != 0) {
            throw new IllegalStateException("the front matter is added once");
        }
        frontNode = writer.reserve();
        return add(part, frontNode, front, frontElements);
    }

    private int add(PDDocument part, int node, PageList pages, List<byte[]> elements) throws IOException {
        COSDictionary partCatalog = part.getDocumentCatalog().getCOSObject();
        COSDictionary partStructure = partCatalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        COSDictionary partDocument = partStructure == null ? null : documentOf(partStructure);
        Map<COSBase, Integer> seeded = new IdentityHashMap<>();
        seeded.put(partCatalog.getDictionaryObject(COSName.PAGES), node);
        if (partStructure != null) {
            seeded.put(partStructure, structureRoot);
        }
        if (partDocument != null) {
            seeded.put(partDocument, documentElement);
        }
        int keyOffset = nextKey;
        writer.beginScope(seeded, keyOffset);
        if (first) {
            keep(partCatalog, CATALOG_OWN, catalog);
            if (partStructure != null) {
                keep(partStructure, STRUCTURE_ROOT_OWN, structureRootEntries);
            }
            if (partDocument != null) {
                keep(partDocument, DOCUMENT_OWN, documentEntries);
            }
            first = false;
        }
        List<Integer> kids = new ArrayList<>();
        for (PDPage page : part.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            inherit(page);
            dictionary.setItem(COSName.PARENT, new StreamingPdfWriter.Ref(node));
            linksToOtherParts(dictionary);
            int furniture = writer.reserve();
            addFurniture(dictionary, furniture);
            int number = writer.indirect(dictionary);
            kids.add(number);
            PDRectangle box = page.getMediaBox();
            pages.add(number, furniture, box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
        }
        if (partDocument != null) {
            COSBase k = partDocument.getDictionaryObject(COSName.K);
            if (k instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    elements.add(writer.direct(array.get(i)));
                }
            } else if (k != null) {
                elements.add(writer.direct(partDocument.getItem(COSName.K)));
            }
            int partNextKey = parentTree(partStructure, keyOffset);
            nextKey = Math.max(nextKey, keyOffset + Math.max(partNextKey,
                    partStructure.getInt(PARENT_TREE_NEXT_KEY, 0)));
        }
        writer.endScope();
        writer.writeReserved(node, ascii("<</Type /Pages\n/Parent " + pagesRoot + " 0 R\n/Kids " + references(kids)
                + "\n/Count " + kids.size() + ">>"));
        return kids.size();
    }

    /** The part's Document element: the structure tree root's only child, as the renderer makes it. */
    private static COSDictionary documentOf(COSDictionary structure) {
        COSBase k = structure.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array && array.size() == 1) {
            k = array.getObject(0);
        }
        if (k instanceof COSDictionary element && COSName.DOCUMENT.equals(element.getCOSName(COSName.S))) {
            return element;
        }
        throw new IllegalStateException("a part's structure tree does not start with one Document element");
    }

    private void keep(COSDictionary from, Set<COSName> except, Map<COSName, byte[]> into) throws IOException {
        for (Map.Entry<COSName, COSBase> entry : from.entrySet()) {
            if (!except.contains(entry.getKey()) && entry.getValue() != null) {
                into.put(entry.getKey(), writer.direct(entry.getValue()));
            }
        }
    }

    /** The page gets what it inherited from its page tree, which is not written. */
    private static void inherit(PDPage page) {
        COSDictionary dictionary = page.getCOSObject();
        COSDictionary parent = dictionary.getCOSDictionary(COSName.PARENT);
        while (parent != null) {
            for (COSName name : INHERITED) {
                if (!dictionary.containsKey(name) && parent.containsKey(name)) {
                    dictionary.setItem(name, parent.getItem(name));
                }
            }
            parent = parent.getCOSDictionary(COSName.PARENT);
        }
    }

    /**
     * Links to another part were laid out as placeholder URIs ({@link PartAnchors#PLACEHOLDER}): each becomes a go-to
     * action to the object reserved for its anchor's destination. The annotations keep their place in the structure
     * tree (their parent tree keys move with the part's as they are written).
     */
    private void linksToOtherParts(COSDictionary page) {
        if (!(page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations)) {
            return;
        }
        for (int i = 0; i < annotations.size(); i++) {
            if (!(annotations.getObject(i) instanceof COSDictionary annotation)) {
                continue;
            }
            if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action
                    && COSName.URI.equals(action.getCOSName(COSName.S))
                    && action.getDictionaryObject(COSName.URI) instanceof COSString uri
                    && uri.getString().startsWith(PartAnchors.PLACEHOLDER)) {
                String anchor = URLDecoder.decode(uri.getString().substring(PartAnchors.PLACEHOLDER.length()),
                        StandardCharsets.UTF_8);
                COSDictionary goTo = new COSDictionary();
                goTo.setItem(COSName.TYPE, ACTION);
                goTo.setItem(COSName.S, GO_TO);
                goTo.setItem(COSName.D, new StreamingPdfWriter.Ref(destination(anchor)));
                goTo.setDirect(true);
                annotation.setItem(COSName.A, goTo);
            }
        }
    }

    private int destination(String anchor) {
        return destinations.computeIfAbsent(anchor, any -> writer.reserve());
    }

    /**
     * The page's contents are saved and restored around the furniture (so the part's graphics state does not reach
     * it) and its resources name the furniture's font.
     */
    private void addFurniture(COSDictionary page, int furniture) {
        COSArray contents = new COSArray();
        contents.add(new StreamingPdfWriter.Ref(saveState));
        COSBase existing = page.getItem(COSName.CONTENTS);
        COSBase resolved = existing instanceof COSObject reference ? reference.getObject() : existing;
        if (resolved instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents.add(array.get(i));
            }
        } else if (existing != null) {
            contents.add(existing);
        }
        contents.add(new StreamingPdfWriter.Ref(furniture));
        page.setItem(COSName.CONTENTS, contents);
        COSDictionary resources = page.getCOSDictionary(COSName.RESOURCES);
        if (resources == null) {
            resources = new COSDictionary();
            page.setItem(COSName.RESOURCES, resources);
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            fonts.setDirect(true);
            resources.setItem(COSName.FONT, fonts);
        }
        fonts.setItem(FURNITURE_FONT, new StreamingPdfWriter.Ref(furnitureFont));
    }

    /** Copies the part's parent tree, its keys moved by {@code offset}; returns the part's next key. */
    private int parentTree(COSDictionary structure, int offset) throws IOException {
        int next = 0;
        TreeMap<Integer, COSBase> entries = new TreeMap<>();
        collect(structure.getCOSDictionary(PARENT_TREE), entries);
        for (Map.Entry<Integer, COSBase> entry : entries.entrySet()) {
            leaf.put(entry.getKey() + offset, writer.direct(entry.getValue()));
            next = entry.getKey() + 1;
            if (leaf.size() == TREE_FAN_OUT) {
                writeLeaf();
            }
        }
        return next;
    }

    private static void collect(COSDictionary node, Map<Integer, COSBase> entries) {
        if (node == null) {
            return;
        }
        if (node.getDictionaryObject(NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger key) {
                    entries.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collect(kid, entries);
                }
            }
        }
    }

    private void writeLeaf() throws IOException {
        if (leaf.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(ascii("<</Limits [" + leaf.firstKey() + " " + leaf.lastKey() + "]\n/Nums ["));
        for (Map.Entry<Integer, byte[]> entry : leaf.entrySet()) {
            bytes.writeBytes(ascii(entry.getKey() + " "));
            bytes.writeBytes(entry.getValue());
            bytes.write('\n');
        }
        bytes.writeBytes(ascii("]>>"));
        int number = writer.reserve();
        writer.writeReserved(number, bytes.toByteArray());
        leaves.add(new int[] { number, leaf.firstKey(), leaf.lastKey() });
        leaf.clear();
    }

    /** What goes into the joined PDF's catalog besides what the parts give. */
    record Catalog(COSDictionary outline, Map<COSName, COSBase> entries, COSDictionary information,
            byte[] documentId) {
    }

    int pageCount() {
        return front.size() + body.size();
    }

    /**
     * A destination on the page {@code page} (from 0) of the joined PDF, as an array for an outline item or link.
     */
    COSArray destination(AnchorPositions.Position at) {
        COSArray destination = new COSArray();
        destination.add(new StreamingPdfWriter.Ref(pageObject(at.page())));
        destination.add(XYZ);
        destination.add(COSInteger.get(Math.round(at.x())));
        destination.add(COSInteger.get(Math.round(at.top())));
        destination.add(COSNull.NULL);
        return destination;
    }

    private int pageObject(int page) {
        int index = Math.max(0, Math.min(page, pageCount() - 1));
        return index < front.size() ? front.number(index) : body.number(index - front.size());
    }

    /**
     * Writes what the parts could not: the destinations of links between parts, the furniture of every page, the
     * outline, page tree, structure tree and catalog; then ends the file.
     */
    void finish(AnchorPositions positions, Furniture furniture, Catalog last) throws IOException {
        writeLeaf();
        for (Map.Entry<String, Integer> entry : new TreeMap<>(destinations).entrySet()) {
            // Every link of a report has its target in it; should one not, it opens the first page.
            AnchorPositions.Position at = positions.of(entry.getKey())
                    .orElse(new AnchorPositions.Position(0, 0, 0));
            writer.beginScope(Map.of());
            writer.writeReserved(entry.getValue(), destination(at));
            writer.endScope();
        }
        int total = pageCount();
        for (int i = 0; i < total; i++) {
            PageList list = i < front.size() ? front : body;
            int index = i < front.size() ? i : i - front.size();
            furniture.use(i + 1, total);
            byte[] content = furniture.content(FURNITURE_FONT, i + 1, total, list.box(index));
            writer.writeStream(list.furniture(index), new byte[0], content);
        }
        writer.beginScope(Map.of());
        writer.writeReserved(furnitureFont, furniture.font());
        writer.endScope();

        List<Integer> nodes = new ArrayList<>();
        if (frontNode != 0) {
            nodes.add(frontNode);
        }
        nodes.addAll(bodyNodes);
        writer.writeReserved(pagesRoot, ascii("<</Type /Pages\n/Kids " + references(nodes) + "\n/Count " + total
                + ">>"));

        ByteArrayOutputStream document = new ByteArrayOutputStream();
        document.writeBytes(ascii("<</Type /StructElem\n/S /Document\n/P " + structureRoot + " 0 R\n"));
        for (Map.Entry<COSName, byte[]> entry : documentEntries.entrySet()) {
            if (!COSName.TYPE.equals(entry.getKey()) && !COSName.S.equals(entry.getKey())) {
                entry(document, entry.getKey(), entry.getValue());
            }
        }
        document.writeBytes(ascii("/K ["));
        for (byte[] element : frontElements) {
            document.writeBytes(element);
            document.write('\n');
        }
        for (byte[] element : bodyElements) {
            document.writeBytes(element);
            document.write('\n');
        }
        document.writeBytes(ascii("]>>"));
        writer.writeReserved(documentElement, document.toByteArray());

        int parentTree = parentTreeRoot();
        ByteArrayOutputStream root = new ByteArrayOutputStream();
        root.writeBytes(ascii("<</Type /StructTreeRoot\n/K " + documentElement + " 0 R\n/ParentTree " + parentTree
                + " 0 R\n/ParentTreeNextKey " + nextKey + "\n"));
        structureRootEntries.forEach((name, value) -> entry(root, name, value));
        root.writeBytes(ascii(">>"));
        writer.writeReserved(structureRoot, root.toByteArray());

        writer.beginScope(Map.of());
        ByteArrayOutputStream catalogBytes = new ByteArrayOutputStream();
        catalogBytes.writeBytes(ascii("<</Type /Catalog\n/Pages " + pagesRoot + " 0 R\n/StructTreeRoot "
                + structureRoot + " 0 R\n"));
        if (last.outline() != null) {
            catalogBytes.writeBytes(ascii("/Outlines " + writer.indirect(last.outline()) + " 0 R\n"));
        }
        Map<COSName, byte[]> entries = new LinkedHashMap<>(catalog);
        for (Map.Entry<COSName, COSBase> entry : last.entries().entrySet()) {
            entries.put(entry.getKey(), writer.direct(entry.getValue()));
        }
        entries.forEach((name, value) -> entry(catalogBytes, name, value));
        catalogBytes.writeBytes(ascii(">>"));
        int catalogNumber = writer.reserve();
        writer.writeReserved(catalogNumber, catalogBytes.toByteArray());
        int information = writer.indirect(last.information());
        writer.endScope();

        String id = hex(last.documentId());
        writer.finish(ascii("/Root " + catalogNumber + " 0 R\n/Info " + information + " 0 R\n/ID [<" + id + "> <"
                + id + ">]\n"));
    }

    /** The parent tree's root above its leaves, with nodes between when there are many. */
    private int parentTreeRoot() throws IOException {
        List<int[]> level = leaves;
        while (level.size() > TREE_FAN_OUT) {
            List<int[]> above = new ArrayList<>();
            for (int from = 0; from < level.size(); from += TREE_FAN_OUT) {
                List<int[]> kids = level.subList(from, Math.min(level.size(), from + TREE_FAN_OUT));
                int number = writer.reserve();
                int low = kids.get(0)[1];
                int high = kids.get(kids.size() - 1)[2];
                writer.writeReserved(number, ascii("<</Limits [" + low + " " + high + "]\n/Kids "
                        + references(kids.stream().map(kid -> kid[0]).toList()) + ">>"));
                above.add(new int[] { number, low, high });
            }
            level = above;
        }
        int number = writer.reserve();
        writer.writeReserved(number, ascii("<</Kids " + references(level.stream().map(kid -> kid[0]).toList())
                + ">>"));
        return number;
    }

    /** Draws the running head and page numbers of each page, once the number of pages is known. */
    interface Furniture {
        /** Notes the characters page {@code number} of {@code total} shows (its font is subset to them). */
        void use(int number, int total) throws IOException;

        /** The page's furniture as content drawn after the page's own, in the font named {@code font}. */
        byte[] content(COSName font, int number, int total, PDRectangle box) throws IOException;

        /** The font, subset to the characters used: called once, after every page's content. */
        COSDictionary font() throws IOException;
    }

    private static void entry(ByteArrayOutputStream to, COSName name, byte[] value) {
        try {
            name.writePDF(to);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        to.write(' ');
        to.writeBytes(value);
        to.write('\n');
    }

    private static String references(List<Integer> numbers) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < numbers.size(); i++) {
            text.append(i == 0 ? "" : " ").append(numbers.get(i)).append(" 0 R");
        }
        return text.append(']').toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02X", b & 0xff));
        }
        return text.toString();
    }

    /** Per page: its object, its furniture's object and its media box, in growing arrays. */
    private static final class PageList {
        private int[] numbers = new int[64];
        private int[] furniture = new int[64];
        private float[] boxes = new float[64 * 4];
        private int size;

        void add(int number, int furnitureNumber, float x, float y, float width, float height) {
            if (size == numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, size * 2);
                furniture = java.util.Arrays.copyOf(furniture, size * 2);
                boxes = java.util.Arrays.copyOf(boxes, size * 8);
            }
            numbers[size] = number;
            furniture[size] = furnitureNumber;
            boxes[size * 4] = x;
            boxes[size * 4 + 1] = y;
            boxes[size * 4 + 2] = width;
            boxes[size * 4 + 3] = height;
            size++;
        }

        int size() {
            return size;
        }

        int number(int index) {
            return numbers[index];
        }

        int furniture(int index) {
            return furniture[index];
        }

        PDRectangle box(int index) {
            return new PDRectangle(boxes[index * 4], boxes[index * 4 + 1], boxes[index * 4 + 2],
                    boxes[index * 4 + 3]);
        }
    }
}
