package org.forcestat.format;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forcestat.output.TempFiles;

/**
 * The shared-strings table of an .xlsx, read once ({@link XmlPull}; SAX for a part that is not
 * UTF-8). A table of up to {@value #IN_HEAP_LIMIT} strings is kept as strings. A larger one (a
 * year of call records holds over a million unique references) is spilled whole to a temporary
 * file, memory-mapped and decoded on demand, so the heap never holds it; the strings decoded
 * last are remembered in a small cache (one slot per index modulo {@value #CACHE_SLOTS}), so the
 * values repeated on every row (gradings, channels) are decoded about once. Not thread-safe.
 */
public final class SharedStrings implements Closeable {
    /** Tables up to this many strings stay on the heap; larger ones go to a temporary file. */
    static final int IN_HEAP_LIMIT = 50_000;
    /** Slots of the cache of decoded strings of a spilled table (a power of two). */
    static final int CACHE_SLOTS = 1 << 16;

    private final List<String> small = new ArrayList<>();
    private int[] offsets;
    private int count;
    /** The spill file, open while it is written; it goes with its channel (see {@link TempFiles}). */
    private FileChannel spill;
    private DataOutputStream spillOut;
    private long spillSize;
    private int spilled;
    private MappedByteBuffer mapped;
    private int[] cachedIndex;
    private String[] cachedText;

    private SharedStrings() {
    }

    /** Reads a shared-strings part (null: a workbook without one). */
    public static SharedStrings read(InputStream sst) throws IOException {
        SharedStrings s = new SharedStrings();
        if (sst == null) {
            return s;
        }
        try {
            s.pull(new XmlPull(Utf8Xml.of(sst)));
        } catch (XmlPull.SAXParseExceptionIO e) {
            s.close();
            throw new IOException("the shared strings cannot be read: " + e.getMessage(), e.getCause());
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        s.finish();
        return s;
    }

    /**
     * The same as {@link Handler}, over {@link XmlPull}: each {@code <si>}'s {@code <t>} runs,
     * leaving out phonetic guides ({@code <rPh>}); the text stays UTF-8 bytes until it is kept.
     */
    private void pull(XmlPull xml) throws IOException {
        Utf8Buffer text = new Utf8Buffer();
        boolean inT = false;
        boolean inPhonetic = false;
        int ev;
        while ((ev = xml.next()) != XmlPull.EOF) {
            if (ev == XmlPull.TEXT) {
                if (inT) {
                    xml.readText(text);
                }
            } else if (ev == XmlPull.START) {
                if (xml.nameIs("si")) {
                    text.clear();
                    if (xml.plainSharedString(text)) {
                        add(text);
                    }
                } else if (xml.nameIs("rPh")) {
                    inPhonetic = true;
                } else if (xml.nameIs("t")) {
                    inT = !inPhonetic;
                }
            } else if (xml.nameIs("t")) {
                inT = false;
            } else if (xml.nameIs("rPh")) {
                inPhonetic = false;
            } else if (xml.nameIs("si")) {
                add(text);
            }
        }
    }

    /** As {@link #add(String)}; once spilling, the bytes are written as they are. */
    private void add(Utf8Buffer v) throws IOException {
        if (spillOut == null) {
            add(v.toString());
            return;
        }
        mark();
        v.writeTo(spillOut);
        spillSize += v.length();
        count++;
    }

    /**
     * Keeps the strings on the heap until the table outgrows {@link #IN_HEAP_LIMIT}; then writes
     * them all to the spill file, and the rest after them.
     */
    private void add(String v) throws IOException {
        if (spillOut == null && small.size() < IN_HEAP_LIMIT) {
            small.add(v);
            count++;
            return;
        }
        if (spillOut == null) {
            spill = TempFiles.deleteOnClose("forcestat-sst-", ".bin");
            spillOut = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(spill), 1 << 16));
            offsets = new int[IN_HEAP_LIMIT * 4];
            for (String kept : small) {
                write(kept);
            }
            small.clear();
        }
        write(v);
        count++;
    }

    private void write(String v) throws IOException {
        mark();
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        spillOut.write(b);
        spillSize += b.length;
    }

    /** Records where the next string starts in the spill file (ints: the file is at most 2 GB). */
    private void mark() throws IOException {
        if (spillSize > Integer.MAX_VALUE) {
            throw new IOException("the shared strings table is larger than 2 GB");
        }
        if (spilled == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[spilled++] = (int) spillSize;
    }

    private void finish() throws IOException {
        if (spillOut == null) {
            return;
        }
        spillOut.flush();
        // The end of the last string, so that every string ends where the next one starts.
        mark();
        mapped = spill.map(FileChannel.MapMode.READ_ONLY, 0, spillSize);
        // The mapping stays valid without the channel (and keeps a Windows file until it goes).
        spill.close();
        cachedIndex = new int[CACHE_SLOTS];
        Arrays.fill(cachedIndex, -1);
        cachedText = new String[CACHE_SLOTS];
    }

    public int size() {
        return count;
    }

    /** The string at a 0-based index; an index beyond the table is a corrupt file. */
    public String get(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shared string " + index + " does not exist (the table has " + count + ")");
        }
        if (mapped == null) {
            return small.get(index);
        }
        // Whether a string is cached depends on the rows read, not on its place in the table: a
        // branch that flipped half-way through a read (at the first spilled string) made the JIT
        // compile the whole row loop again.
        int slot = index & (CACHE_SLOTS - 1);
        if (cachedIndex[slot] == index) {
            return cachedText[slot];
        }
        int start = offsets[index];
        byte[] b = new byte[offsets[index + 1] - start];
        // Byte by byte: the bulk get branches on the length, and short strings (gradings, channels)
        // first come back from the file late in a read, when the JIT has assumed they never would.
        for (int k = 0; k < b.length; k++) {
            b[k] = mapped.get(start + k);
        }
        String v = new String(b, StandardCharsets.UTF_8);
        cachedIndex[slot] = index;
        cachedText[slot] = v;
        return v;
    }

    @Override
    public void close() throws IOException {
        mapped = null;
        if (spill != null) {
            // Closes the channel under spillOut too, if a read failed half-way; the file goes with it.
            spill.close();
        }
    }
}
