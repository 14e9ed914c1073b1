package org.lagebild.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.store.StoreScan;

/**
 * A minimal Apache Parquet writer for flat tables: every column OPTIONAL, PLAIN encoding,
 * uncompressed, one data page (v1) per column per row group; strings as BYTE_ARRAY/UTF8, dates
 * as INT32/DATE, timestamps as INT64/TIMESTAMP_MILLIS (UTC). That subset is what every Parquet
 * reader supports; it spares the export the Hadoop dependency tree that parquet-java's writer
 * still needs (see README). Rows are buffered per row group (bounded by
 * {@link #MAX_GROUP_BYTES}/{@link #MAX_GROUP_ROWS}), so memory stays bounded for any table size.
 */
public final class ParquetSink implements StoreScan.RowSink, AutoCloseable {
    static final int MAX_GROUP_ROWS = 100_000;
    static final long MAX_GROUP_BYTES = 32L << 20;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    // parquet.thrift enum values
    private static final int BOOLEAN = 0;
    private static final int INT32 = 1;
    private static final int INT64 = 2;
    private static final int DOUBLE = 5;
    private static final int BYTE_ARRAY = 6;
    private static final int OPTIONAL = 1;
    private static final int UTF8 = 0;
    private static final int DATE = 6;
    private static final int TIMESTAMP_MILLIS = 9;
    private static final int ENC_PLAIN = 0;
    private static final int ENC_RLE = 3;

    private final CountingStream out;
    private final int maxGroupRows;
    private List<StoreScan.Column> columns;
    private Chunk[] chunks;
    private int groupRows;
    private long totalRows;
    private final List<byte[]> rowGroups = new ArrayList<>(); // serialised RowGroup structs
    private boolean closed;

    public ParquetSink(OutputStream out) throws IOException {
        this(out, MAX_GROUP_ROWS);
    }

    /** With at most {@code maxGroupRows} rows per row group. */
    public ParquetSink(OutputStream out, int maxGroupRows) throws IOException {
        if (maxGroupRows < 1) {
            throw new IllegalArgumentException("maxGroupRows must be positive");
        }
        this.maxGroupRows = maxGroupRows;
        this.out = new CountingStream(out);
        this.out.write(MAGIC);
    }

    @Override
    public void columns(List<StoreScan.Column> cols) {
        if (columns != null) {
            throw new IllegalStateException("columns already set");
        }
        columns = List.copyOf(cols);
        chunks = new Chunk[cols.size()];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = new Chunk(cols.get(i).type());
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        long bytes = 0;
        for (int i = 0; i < chunks.length; i++) {
            chunks[i].add(values[i]);
            bytes += chunks[i].values.size();
        }
        groupRows++;
        if (groupRows >= maxGroupRows || bytes >= MAX_GROUP_BYTES) {
            flushGroup();
        }
    }

    private void flushGroup() throws IOException {
        if (groupRows == 0) {
            return;
        }
        long groupStart = out.count;
        List<byte[]> chunkMeta = new ArrayList<>();
        for (int i = 0; i < chunks.length; i++) {
            Chunk c = chunks[i];
            byte[] levels = c.levels();
            byte[] body = new byte[4 + levels.length + c.values.size()];
            writeIntLe(body, 0, levels.length);
            System.arraycopy(levels, 0, body, 4, levels.length);
            System.arraycopy(c.values.toByteArray(), 0, body, 4 + levels.length, c.values.size());
            Thrift page = new Thrift();
            page.i32(1, 0); // DATA_PAGE
            page.i32(2, body.length);
            page.i32(3, body.length);
            page.beginStruct(5);
            page.i32(1, groupRows);
            page.i32(2, ENC_PLAIN);
            page.i32(3, ENC_RLE);
            page.i32(4, ENC_RLE);
            page.endStruct();
            page.stop();
            long pageOffset = out.count;
            out.write(page.bytes());
            out.write(body);
            long size = out.count - pageOffset;
            Thrift cc = new Thrift();
            cc.i64(2, pageOffset);
            cc.beginStruct(3);
            cc.i32(1, physical(columns.get(i).type()));
            cc.listI32(2, List.of(ENC_PLAIN, ENC_RLE));
            cc.listBinary(3, List.of(columns.get(i).name()));
            cc.i32(4, 0); // UNCOMPRESSED
            cc.i64(5, groupRows);
            cc.i64(6, size);
            cc.i64(7, size);
            cc.i64(9, pageOffset);
            cc.endStruct();
            cc.stop();
            chunkMeta.add(cc.bytes());
            chunks[i] = new Chunk(c.type);
        }
        long groupSize = out.count - groupStart;
        Thrift rg = new Thrift();
        rg.listStruct(1, chunkMeta);
        rg.i64(2, groupSize);
        rg.i64(3, groupRows);
        rg.i64(5, groupStart);
        rg.i64(6, groupSize);
        rg.i16(7, (short) rowGroups.size());
        rg.stop();
        rowGroups.add(rg.bytes());
        totalRows += groupRows;
        groupRows = 0;
    }

    /** Writes the last row group and the footer; the stream is not closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (columns == null) {
            throw new IllegalStateException("no columns: nothing to write");
        }
        flushGroup();
        List<byte[]> schema = new ArrayList<>();
        Thrift root = new Thrift();
        root.binary(4, "schema");
        root.i32(5, columns.size());
        root.stop();
        schema.add(root.bytes());
        for (StoreScan.Column c : columns) {
            Thrift e = new Thrift();
            e.i32(1, physical(c.type()));
            e.i32(3, OPTIONAL);
            e.binary(4, c.name());
            Integer converted = switch (c.type()) {
                case STRING -> UTF8;
                case DATE -> DATE;
                case TIMESTAMP -> TIMESTAMP_MILLIS;
                default -> null;
            };
            if (converted != null) {
                e.i32(6, converted);
            }
            e.stop();
            schema.add(e.bytes());
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);
        meta.listStruct(2, schema);
        meta.i64(3, totalRows);
        meta.listStruct(4, rowGroups);
        meta.binary(6, "lagebild");
        meta.stop();
        byte[] footer = meta.bytes();
        out.write(footer);
        byte[] len = new byte[4];
        writeIntLe(len, 0, footer.length);
        out.write(len);
        out.write(MAGIC);
        out.flush();
    }

    private static int physical(StoreScan.ColumnType t) {
        return switch (t) {
            case STRING -> BYTE_ARRAY;
            case INT, DATE -> INT32;
            case LONG, TIMESTAMP -> INT64;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
        };
    }

    private static void writeIntLe(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    /** The buffered values and definition levels of one column in the current row group. */
    private static final class Chunk {
        final StoreScan.ColumnType type;
        final ByteArrayOutputStream values = new ByteArrayOutputStream();
        private final ByteArrayOutputStream runs = new ByteArrayOutputStream();
        private int runLevel = -1;
        private int runLength;
        private int bitCount; // booleans are bit-packed
        private int bitByte;

        Chunk(StoreScan.ColumnType type) {
            this.type = type;
        }

        void add(Object v) {
            level(v == null ? 0 : 1);
            if (v == null) {
                return;
            }
            switch (type) {
                case STRING -> {
                    byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
                    le(b.length, 4);
                    values.writeBytes(b);
                }
                case INT -> le(((Number) v).intValue(), 4);
                case DATE -> le(((LocalDate) v).toEpochDay(), 4);
                case LONG -> le(((Number) v).longValue(), 8);
                case TIMESTAMP -> le(((Instant) v).toEpochMilli(), 8);
                case DOUBLE -> le(Double.doubleToLongBits(((Number) v).doubleValue()), 8);
                case BOOLEAN -> {
                    if ((Boolean) v) {
                        bitByte |= 1 << bitCount;
                    }
                    if (++bitCount == 8) {
                        values.write(bitByte);
                        bitCount = 0;
                        bitByte = 0;
                    }
                }
            }
        }

        private void le(long v, int bytes) {
            for (int i = 0; i < bytes; i++) {
                values.write((int) (v >>> (8 * i)));
            }
        }

        /** Definition levels (0 null, 1 present) as RLE runs of the RLE/bit-packing hybrid, bit width 1. */
        private void level(int level) {
            if (level == runLevel) {
                runLength++;
                return;
            }
            endRun();
            runLevel = level;
            runLength = 1;
        }

        private void endRun() {
            if (runLength > 0) {
                varint(runs, (long) runLength << 1);
                runs.write(runLevel);
            }
        }

        byte[] levels() {
            endRun();
            runLength = 0;
            if (bitCount > 0) {
                values.write(bitByte);
                bitCount = 0;
            }
            return runs.toByteArray();
        }
    }

    static void varint(ByteArrayOutputStream b, long v) {
        while ((v & ~0x7FL) != 0) {
            b.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.write((int) v);
    }

    /** Thrift compact protocol, only what the Parquet metadata structs need. */
    static final class Thrift {
        private static final int T_I16 = 4;
        private static final int T_I32 = 5;
        private static final int T_I64 = 6;
        private static final int T_BINARY = 8;
        private static final int T_LIST = 9;
        private static final int T_STRUCT = 12;
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();
        private final java.util.ArrayDeque<Integer> outer = new java.util.ArrayDeque<>();
        private int last;

        private void field(int id, int type) {
            int delta = id - last;
            if (delta > 0 && delta <= 15) {
                b.write(delta << 4 | type);
            } else {
                b.write(type);
                varint(b, zigzag(id));
            }
            last = id;
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        void i16(int id, short v) {
            field(id, T_I16);
            varint(b, zigzag(v));
        }

        void i32(int id, int v) {
            field(id, T_I32);
            varint(b, zigzag(v));
        }

        void i64(int id, long v) {
            field(id, T_I64);
            varint(b, zigzag(v));
        }

        void binary(int id, String s) {
            field(id, T_BINARY);
            rawBinary(s);
        }

        private void rawBinary(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            varint(b, bytes.length);
            b.writeBytes(bytes);
        }

        void beginStruct(int id) {
            field(id, T_STRUCT);
            outer.push(last);
            last = 0;
        }

        void endStruct() {
            b.write(0);
            last = outer.pop();
        }

        private void listHeader(int id, int size, int elementType) {
            field(id, T_LIST);
            if (size < 15) {
                b.write(size << 4 | elementType);
            } else {
                b.write(0xF0 | elementType);
                varint(b, size);
            }
        }

        void listI32(int id, List<Integer> values) {
            listHeader(id, values.size(), T_I32);
            values.forEach(v -> varint(b, zigzag(v)));
        }

        void listBinary(int id, List<String> values) {
            listHeader(id, values.size(), T_BINARY);
            values.forEach(this::rawBinary);
        }

        /** A list of structs, each already serialised (with its stop byte). */
        void listStruct(int id, List<byte[]> structs) {
            listHeader(id, structs.size(), T_STRUCT);
            structs.forEach(b::writeBytes);
        }

        void stop() {
            b.write(0);
        }

        byte[] bytes() {
            return b.toByteArray();
        }
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int v) throws IOException {
            out.write(v);
            count++;
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            out.write(bytes, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
