/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes a PDF object by object as it is made, so that what has been written can be forgotten: PDFBox holds a whole
 * document until it saves it, which for a report of tens of thousands of pages is more than the heap. Objects are
 * taken from PDFBox documents (COS objects) one scope at a time: within a scope every dictionary reached is written
 * once, as PDFBox would write it (dictionaries and streams indirect unless marked direct, arrays and the rest direct),
 * under a number of this file; when the scope ends its objects are written and forgotten. Objects that are needed
 * before they can be written (a page tree node whose count is not known yet, a destination in a part not laid out
 * yet) get a number first ({@link #reserve}) and are written later ({@link #writeReserved}); a COS value can stand
 * for such a number ({@link Ref}).
 * <p>
 * Dictionaries go into compressed object streams and the cross-reference table is a stream (PDF 1.5, allowed by
 * PDF/A-3). Only the cross-reference offsets (eight bytes an object) stay in memory until the end. The bytes depend
 * only on the objects given and their order.
 */
final class StreamingPdfWriter implements AutoCloseable {

    /** Objects gathered into one object stream. */
    private static final int OBJECTS_PER_STREAM = 200;
    private static final int XREF_CHUNK = 1 << 16;

    private static final COSName OBJECT_STREAM = COSName.getPDFName("ObjStm");
    private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");
    private static final COSName OBJECT_REFERENCE = COSName.getPDFName("OBJR");
    private static final COSName MARKED_CONTENT_REFERENCE = COSName.getPDFName("MCR");

    /** A reference to object {@code number} of the file being written, to put into COS objects. */
    static final class Ref extends COSBase {
        final int number;

        Ref(int number) {
            this.number = number;
        }

        @Override
        public void accept(ICOSVisitor visitor) {
            throw new UnsupportedOperationException("a reference of the streaming writer: " + number);
        }
    }

    private final CountingOutput out;
    /** Where each object is: byte offset for a plain object, else -(object stream << 16 | index) - 1; by number. */
    private long[][] xref = new long[16][];
    private int nextNumber = 1;

    private Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    /** Added to every structural parent key written in this scope (a part's keys follow the previous parts'). */
    private int keyOffset;
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** An object numbered but not written yet, and the key it is held under (null if not known). */
    private record Pending(COSBase object, COSName key) {
    }

    private final ByteArrayOutputStream packed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream packedIndex = new ByteArrayOutputStream();
    private int packedCount;
    private int packedStreamNumber;

    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream();

    StreamingPdfWriter(OutputStream destination) throws IOException {
        this.out = new CountingOutput(destination);
        out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A number for an object to be written later with {@link #writeReserved}. */
    int reserve() {
        int number = nextNumber++;
        set(number, 0);
        return number;
    }

    /** Starts a scope: the objects given are mapped to numbers already chosen (e.g. a part's page tree root). */
    void beginScope(Map<COSBase, Integer> seeded) {
        beginScope(seeded, 0);
    }

    /**
     * Starts a scope whose objects' StructParent and StructParents keys (of pages, annotations, form XObjects) are
     * moved by {@code structParentOffset}.
     */
    void beginScope(Map<COSBase, Integer> seeded, int structParentOffset) {
        numbers = new IdentityHashMap<>(seeded);
        keyOffset = structParentOffset;
    }

    /** Writes every object reached in this scope and forgets them. */
    void endScope() throws IOException {
        drain();
        numbers = new IdentityHashMap<>();
        keyOffset = 0;
    }

    /** The number {@code object} (a dictionary, stream or array) has in this file, written with what it reaches. */
    int indirect(COSBase object) throws IOException {
        COSBase target = object instanceof COSObject reference ? reference.getObject() : object;
        if (target instanceof Ref ref) {
            return ref.number;
        }
        int number = numberOf(target, null);
        drain();
        return number;
    }

    /**
     * The bytes of {@code value} as an entry of an object written by hand: a dictionary or stream is referenced (and
     * written), unless marked direct, like any entry's value; an array or simple value is written out.
     */
    byte[] direct(COSBase value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        value(value, bytes, false, null, null);
        drain();
        return bytes.toByteArray();
    }

    /** Writes the object reserved as {@code number}; {@code object} is written with what it reaches. */
    void writeReserved(int number, COSBase object) throws IOException {
        write(number, object, null);
        drain();
    }

    /** Writes the object reserved as {@code number} from its bytes, direct (no stream). */
    void writeReserved(int number, byte[] objectBytes) throws IOException {
        pack(number, objectBytes);
    }

    private int numberOf(COSBase object, COSName key) {
        Integer known = numbers.get(object);
        if (known != null) {
            return known;
        }
        int number = nextNumber++;
        set(number, 0);
        numbers.put(object, number);
        pending.add(new Pending(object, key));
        return number;
    }

    private void drain() throws IOException {
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            write(numbers.get(next.object()), next.object(), next.key());
        }
    }

    private void write(int number, COSBase object, COSName key) throws IOException {
        if (object instanceof COSStream stream) {
            writeStream(number, stream);
        } else {
            scratch.reset();
            value(object, scratch, true, key, null);
            pack(number, scratch.toByteArray());
        }
    }

    /**
     * Whether a dictionary held under {@code key} (in a dictionary held under {@code within}) is written inside its
     * holder rather than as an object of its own: when marked direct, and for the small dictionaries no reader
     * reaches but through their holder — a marked-content property list (openhtmltopdf marks every background and
     * border an artifact, with a property list each: some 600 on a page of a long table), an annotation's action and
     * border style, a structure element's attributes, and the structure tree's marked-content and object references.
     * Written as PDFBox writes them, each its own object, a report took about a thousand objects a page, and the
     * 39,000 pages of 100,000 UCAs 40 million: beyond what PDF readers open (poppler stops at 2^25 = 33.5 million,
     * Acrobat documents 8,388,607).
     */
    private static boolean inside(COSName key, COSName within, COSDictionary dictionary) {
        if (dictionary instanceof COSStream) {
            return false;
        }
        if (dictionary.isDirect() || COSName.PROPERTIES.equals(within) || COSName.A.equals(key)
                || COSName.BS.equals(key)) {
            return true;
        }
        COSName type = dictionary.getCOSName(COSName.TYPE);
        return OBJECT_REFERENCE.equals(type) || MARKED_CONTENT_REFERENCE.equals(type);
    }

    /**
     * Writes {@code value}, held under {@code key} in a dictionary held under {@code within}; a dictionary at the top
     * of an object ({@code top}) or one that goes {@link #inside} is written out, any other referenced.
     */
    private void value(COSBase value, OutputStream to, boolean top, COSName key, COSName within)
            throws IOException {
        if (value == null || value instanceof COSNull) {
            to.write(NULL);
        } else if (value instanceof Ref ref) {
            reference(ref.number, to);
        } else if (value instanceof COSObject reference) {
            COSBase target = reference.getObject();
            if (target == null || target instanceof COSNull) {
                to.write(NULL);
            } else if (target instanceof Ref ref) {
                reference(ref.number, to);
            } else if (target instanceof COSDictionary dictionary && inside(key, within, dictionary)) {
                dictionary(dictionary, to, key);
            } else {
                reference(numberOf(target, key), to);
            }
        } else if (value instanceof COSDictionary dictionary) {
            if (top || inside(key, within, dictionary)) {
                dictionary(dictionary, to, key);
            } else {
                reference(numberOf(dictionary, key), to);
            }
        } else if (value instanceof COSArray array) {
            to.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    to.write(' ');
                }
                value(array.get(i), to, false, key, within);
            }
            to.write(']');
        } else if (value instanceof COSName name) {
            name.writePDF(to);
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, to);
        } else if (value instanceof COSInteger integer) {
            integer.writePDF(to);
        } else if (value instanceof COSFloat number) {
            number.writePDF(to);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(to);
        } else {
            throw new IOException("cannot write " + value.getClass().getName());
        }
    }

    /** Writes the entries of {@code dictionary}, which is held under {@code heldAs}. */
    private void dictionary(COSDictionary dictionary, OutputStream to, COSName heldAs) throws IOException {
        to.write(DICT_OPEN);
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            if (entry.getValue() == null || (dictionary instanceof COSStream && COSName.LENGTH.equals(entry.getKey()))) {
                continue;
            }
            entry.getKey().writePDF(to);
            to.write(' ');
            if (keyOffset != 0 && (STRUCT_PARENT.equals(entry.getKey()) || COSName.STRUCT_PARENTS.equals(
                    entry.getKey())) && entry.getValue() instanceof COSInteger key) {
                COSInteger.get(key.longValue() + keyOffset).writePDF(to);
            } else {
                value(entry.getValue(), to, false, entry.getKey(), heldAs);
            }
            to.write('\n');
        }
        to.write(DICT_CLOSE);
    }

    private void writeStream(int number, COSStream stream) throws IOException {
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        scratch.reset();
        dictionaryWithLength(stream, data.length, scratch);
        plainObject(number, scratch.toByteArray(), data);
    }

    private void dictionaryWithLength(COSDictionary dictionary, int length, ByteArrayOutputStream to)
            throws IOException {
        dictionary(dictionary, to, null);
        // Put the length in before the dictionary's end.
        byte[] written = to.toByteArray();
        to.reset();
        to.write(written, 0, written.length - DICT_CLOSE.length);
        to.write(("/Length " + length + "\n").getBytes(StandardCharsets.US_ASCII));
        to.write(DICT_CLOSE);
    }

    /** An object written on its own (a stream, or an object stream): its offset goes into the cross-reference. */
    private void plainObject(int number, byte[] dictionary, byte[] data) throws IOException {
        set(number, out.count);
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        out.write(dictionary);
        if (data != null) {
            out.write(STREAM);
            out.write(data);
            out.write(END_STREAM);
        }
        out.write(END_OBJ);
    }

    /** A stream written by hand: its dictionary's entries (without Length) and its data, as they are. */
    void writeStream(int number, byte[] entries, byte[] data) throws IOException {
        ByteArrayOutputStream dictionary = new ByteArrayOutputStream();
        dictionary.write(DICT_OPEN);
        dictionary.write(entries);
        dictionary.write(("/Length " + data.length + "\n").getBytes(StandardCharsets.US_ASCII));
        dictionary.write(DICT_CLOSE);
        plainObject(number, dictionary.toByteArray(), data);
    }

    /** Puts an object (not a stream) into the object stream being filled. */
    private void pack(int number, byte[] object) throws IOException {
        if (packedCount == 0) {
            packedStreamNumber = nextNumber++;
            set(packedStreamNumber, 0);
        }
        set(number, -(((long) packedStreamNumber << 16) | packedCount) - 1);
        packedIndex.write((number + " " + packed.size() + " ").getBytes(StandardCharsets.US_ASCII));
        packed.write(object);
        packed.write('\n');
        packedCount++;
        if (packedCount == OBJECTS_PER_STREAM) {
            flushPacked();
        }
    }

    private void flushPacked() throws IOException {
        if (packedCount == 0) {
            return;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(data, deflater)) {
            packedIndex.writeTo(deflated);
            packed.writeTo(deflated);
        } finally {
            deflater.end();
        }
        String entries = "/Type /ObjStm\n/N " + packedCount + "\n/First " + packedIndex.size()
                + "\n/Filter /FlateDecode\n";
        int number = packedStreamNumber;
        packed.reset();
        packedIndex.reset();
        packedCount = 0;
        writeStream(number, entries.getBytes(StandardCharsets.US_ASCII), data.toByteArray());
    }

    /**
     * Ends the file: the cross-reference stream, whose dictionary is the trailer ({@code trailerEntries}, e.g. Root,
     * Info and ID, written direct), and the end-of-file marker.
     */
    void finish(byte[] trailerEntries) throws IOException {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("objects left unwritten");
        }
        flushPacked();
        int xrefNumber = nextNumber++;
        long xrefOffset = out.count;
        set(xrefNumber, xrefOffset);
        for (int number = 1; number < xrefNumber; number++) {
            if (get(number) == 0) {
                throw new IllegalStateException("object " + number + " was reserved and never written");
            }
        }
        int size = nextNumber;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(data, deflater)) {
            byte[] row = new byte[8];
            // Object 0: the head of the free list.
            row[0] = 0;
            for (int i = 1; i < 8; i++) {
                row[i] = i >= 6 ? (byte) 0xff : 0;
            }
            deflated.write(row);
            for (int number = 1; number < size; number++) {
                long at = get(number);
                if (at >= 0) {
                    row[0] = 1;
                    for (int i = 0; i < 5; i++) {
                        row[1 + i] = (byte) (at >>> (8 * (4 - i)));
                    }
                    row[6] = 0;
                    row[7] = 0;
                } else {
                    long packedAt = -(at + 1);
                    long stream = packedAt >>> 16;
                    int index = (int) (packedAt & 0xffff);
                    row[0] = 2;
                    for (int i = 0; i < 5; i++) {
                        row[1 + i] = (byte) (stream >>> (8 * (4 - i)));
                    }
                    row[6] = (byte) (index >>> 8);
                    row[7] = (byte) index;
                }
                deflated.write(row);
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entries.write(("/Type /XRef\n/Size " + size + "\n/W [1 5 2]\n/Filter /FlateDecode\n")
                .getBytes(StandardCharsets.US_ASCII));
        entries.write(trailerEntries);
        writeStream(xrefNumber, entries.toByteArray(), data.toByteArray());
        out.write(("startxref\n" + xrefOffset + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The number the next object would get: how many objects have been numbered, plus one. */
    int objectCount() {
        return nextNumber - 1;
    }

    private void set(int number, long at) {
        int chunk = number / XREF_CHUNK;
        if (chunk >= xref.length) {
            long[][] more = new long[Math.max(xref.length * 2, chunk + 1)][];
            System.arraycopy(xref, 0, more, 0, xref.length);
            xref = more;
        }
        if (xref[chunk] == null) {
            xref[chunk] = new long[XREF_CHUNK];
        }
        xref[chunk][number % XREF_CHUNK] = at;
    }

    private long get(int number) {
        long[] chunk = xref[number / XREF_CHUNK];
        return chunk == null ? 0 : chunk[number % XREF_CHUNK];
    }

    static void reference(int number, OutputStream to) throws IOException {
        to.write((number + " 0 R").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DICT_OPEN = "<<".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DICT_CLOSE = ">>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "\nstream\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_STREAM = "\nendstream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OBJ = "\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    /** The output, counting the bytes written (the offsets of the cross-reference). */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
