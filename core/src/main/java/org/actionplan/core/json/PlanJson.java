package org.actionplan.core.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JacksonStdImpl;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.actionplan.core.Checks;
import org.actionplan.core.Code;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.money.Money;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Reads and writes plans (and the library's other values) in the documented JSON format
 * ({@code docs/plan-format.md}).
 * <p>
 * Reading is strict by default: unknown properties, wrong types, missing required values, negative
 * amounts, unknown currencies and numbers that do not fit are rejected with a {@link PlanFormatException}
 * that gives the line, column and path. {@link #readLenient(InputStream, Class)} instead skips unknown
 * properties and reports each one as a {@link ReadWarning}: nothing is dropped silently.
 * Documents are bounded ({@link #MAX_DOCUMENT_BYTES}, {@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH})
 * so that a hostile file cannot exhaust memory.
 * <p>
 * Writing is deterministic: UTF-8, two-space indentation, {@code \n} line ends, properties in the order
 * of the record components, amounts as plain decimals (never exponents, never floating point), null
 * values and empty lists omitted. The same plan always gives the same bytes.
 * This class is immutable and thread-safe.
 */
public final class PlanJson {

    /**
     * The largest document accepted, in bytes (1 GiB): about 280,000 activities of a generated plan
     * (roughly 3.7 KB of JSON each). The whole document is held in memory while it is read.
     */
    public static final long MAX_DOCUMENT_BYTES = 1024L * 1024 * 1024;
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** The longest string accepted, in characters (1 MiB). */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The most distinct values of one type that one read remembers to share. */
    private static final int MAX_SHARED_VALUES = 4096;
    /** The longest string that one read shares between equal occurrences (titles are rarely repeated). */
    private static final int MAX_SHARED_LENGTH = 100;
    /** The most distinct strings that one read remembers to share. */
    private static final int MAX_SHARED_STRINGS = 65_536;

    private static final JsonMapper STRICT = mapper(false);
    private static final JsonMapper LENIENT = mapper(true);
    private static final ObjectWriter WRITER = STRICT.writer().with(printer());

    private PlanJson() {
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a plan.
     *
     * @param json  the JSON text, not null
     * @return the plan, never null
     * @throws PlanFormatException if the text is not a valid plan
     */
    public static Plan read(String json) {
        return read(json, Plan.class);
    }

    /**
     * Reads a plan from UTF-8 bytes. The stream is not closed.
     *
     * @param in  the stream, not null
     * @return the plan, never null
     * @throws PlanFormatException if the content is not a valid plan
     * @throws UncheckedIOException if reading fails
     */
    public static Plan read(InputStream in) {
        return read(in, Plan.class);
    }

    /**
     * Reads any value of the library (a plan, a monitoring report...).
     *
     * @param <T>  the type
     * @param json  the JSON text, not null
     * @param type  the type, not null
     * @return the value, never null
     * @throws PlanFormatException if the text is not a valid value
     */
    public static <T> T read(String json, Class<T> type) {
        return read(new ByteArrayInputStream(Checks.notNull(json, "json").getBytes(StandardCharsets.UTF_8)), type);
    }

    /**
     * Reads any value of the library from UTF-8 bytes. The stream is not closed.
     *
     * @param <T>  the type
     * @param in  the stream, not null
     * @param type  the type, not null
     * @return the value, never null
     * @throws PlanFormatException if the content is not a valid value
     * @throws UncheckedIOException if reading fails
     */
    public static <T> T read(InputStream in, Class<T> type) {
        return readWith(STRICT, in, type);
    }

    /**
     * Reads a value, skipping unknown properties and reporting each one as a warning.
     *
     * @param <T>  the type
     * @param in  the stream, not null
     * @param type  the type, not null
     * @return the value and the warnings, never null
     * @throws PlanFormatException if the content is not a valid value for any other reason
     */
    public static <T> ReadResult<T> readLenient(InputStream in, Class<T> type) {
        List<ReadWarning> warnings = new ArrayList<>();
        WARNINGS.set(warnings);
        try {
            T value = readWith(LENIENT, in, type);
            warnings.sort(java.util.Comparator.comparingInt(ReadWarning::line).thenComparingInt(ReadWarning::column));
            return new ReadResult<>(value, warnings);
        } finally {
            WARNINGS.remove();
        }
    }

    private static final ThreadLocal<List<ReadWarning>> WARNINGS = new ThreadLocal<>();

    private static <T> T readWith(JsonMapper mapper, InputStream in, Class<T> type) {
        Checks.notNull(in, "in");
        Checks.notNull(type, "type");
        byte[] bytes;
        try {
            // an in-memory stream (every read of a String, and most callers') is copied in one step,
            // not in 8 KiB chunks gathered and joined; the size limit applies the same way
            bytes = in.getClass() == ByteArrayInputStream.class && in.available() <= MAX_DOCUMENT_BYTES
                    ? in.readAllBytes() : in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new PlanFormatException(-1, -1, "", "document larger than " + MAX_DOCUMENT_BYTES + " bytes", null);
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new PlanFormatException(1, 1, "", "the document is null, expected a JSON object", null);
            }
            List<ReadWarning> warnings = WARNINGS.get();
            if (warnings != null) {
                warnings.replaceAll(w -> {
                    TokenStreamLocation loc = locate(mapper, bytes, w.path());
                    return loc == null ? w : new ReadWarning(loc.getLineNr(), loc.getColumnNr(), w.path(), w.message());
                });
            }
            return value;
        } catch (JacksonException e) {
            throw translate(e, type, mapper, bytes);
        }
    }

    /** Finds where the property at a path starts, by one streaming pass; null if not found. */
    private static TokenStreamLocation locate(JsonMapper mapper, byte[] bytes, String path) {
        if (path.isEmpty()) {
            return null;
        }
        try (JsonParser p = mapper.createParser(bytes)) {
            tools.jackson.core.JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == tools.jackson.core.JsonToken.PROPERTY_NAME
                        && path.equals(pointerToPath(p.streamReadContext().pathAsPointer().toString()))) {
                    return p.currentTokenLocation();
                }
                if ((t == tools.jackson.core.JsonToken.START_OBJECT || t == tools.jackson.core.JsonToken.START_ARRAY)
                        && p.streamReadContext().getParent() != null
                        && p.streamReadContext().getParent().inArray()
                        && path.equals(pointerToPath(p.streamReadContext().getParent().pathAsPointer().toString()))) {
                    return p.currentTokenLocation();
                }
            }
        } catch (JacksonException e) {
            return null;
        }
        return null;
    }

    //-----------------------------------------------------------------------
    /**
     * Writes a plan or any other value as pretty JSON text ending with a newline.
     *
     * @param value  the value, not null
     * @return the JSON text, never null
     */
    public static String write(Object value) {
        return WRITER.writeValueAsString(Checks.notNull(value, "value")) + "\n";
    }

    /**
     * Writes a value as UTF-8 JSON ending with a newline. The stream is not closed.
     *
     * @param value  the value, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Object value, OutputStream out) {
        try {
            out.write(write(value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    //-----------------------------------------------------------------------
    private static JsonMapper mapper(boolean lenient) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
        SimpleModule module = new SimpleModule("actionplan");
        module.addDeserializer(String.class, new SharedStrings());
        module.addSerializer(Code.class, toStringSerializer(Code.class));
        module.addDeserializer(Code.class, fromString(Code.class, Code::parse));
        module.addSerializer(CalendarPeriod.class, toStringSerializer(CalendarPeriod.class));
        module.addDeserializer(CalendarPeriod.class, fromString(CalendarPeriod.class, CalendarPeriod::parse));
        module.addSerializer(Money.class, toStringSerializer(Money.class));
        module.addDeserializer(Money.class, fromString(Money.class, Money::parse));
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(module)
                .addModule(new SpreadCreators())
                .addMixIn(LocalizedText.class, Mixins.LocalizedTextMixin.class)
                .addMixIn(Timeframe.class, Mixins.TimeframeMixin.class)
                .addMixIn(IndicatorValue.class, Mixins.IndicatorValueMixin.class)
                .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
                .withConfigOverride(Map.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
                .withConfigOverride(SortedMap.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL)))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT);
        if (lenient) {
            builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).addHandler(new WarnOnUnknown());
        } else {
            builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return builder.build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static <T> StdSerializer<T> toStringSerializer(Class<T> type) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toString());
            }
        };
    }

    private static <T> ValueDeserializer<T> fromString(Class<T> type, java.util.function.Function<String, T> parser) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                if (!p.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getString();
                try {
                    // Periods, codes and amounts repeat within a plan (every "2025", every zero): parse each
                    // distinct text once per read and share the immutable value, which also saves memory
                    @SuppressWarnings("unchecked")
                    Map<String, T> seen = (Map<String, T>) ctxt.getAttribute(this);
                    if (seen == null) {
                        seen = new HashMap<>();
                        ctxt.setAttribute(this, seen);
                    }
                    T value = seen.get(text);
                    if (value == null) {
                        value = parser.apply(text);
                        if (seen.size() < MAX_SHARED_VALUES) {
                            seen.put(text, value);
                        }
                    }
                    return value;
                } catch (IllegalArgumentException | ArithmeticException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        };
    }

    /**
     * Reads strings as Jackson does, sharing one instance between the equal short strings of one read:
     * institution codes and names, donors, period texts repeat throughout a plan. Marked as Jackson's own
     * implementation so that lists of strings keep Jackson's built-in reader (and its error messages).
     */
    @JacksonStdImpl
    private static final class SharedStrings extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
                return super.deserialize(p, ctxt);
            }
            String text = p.getString();
            if (text.length() > MAX_SHARED_LENGTH) {
                return text;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> seen = (Map<String, String>) ctxt.getAttribute(this);
            if (seen == null) {
                seen = new HashMap<>();
                ctxt.setAttribute(this, seen);
            }
            String shared = seen.get(text);
            if (shared != null) {
                return shared;
            }
            if (seen.size() < MAX_SHARED_STRINGS) {
                seen.put(text, text);
            }
            return text;
        }
    }

    /** Reports unknown properties instead of failing, in lenient mode. */
    private static final class WarnOnUnknown extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            List<ReadWarning> list = WARNINGS.get();
            if (list != null) {
                TokenStreamLocation loc = p.currentTokenLocation();
                // Records are built by a creator: Jackson buffers unknown properties and replays them after
                // the object ended, from a buffer whose context is not the document's. The live parser then
                // stands on the object's END_OBJECT, inside the object's own context.
                JsonParser live = ctxt.getParser();
                String parent = live == p ? ownerPath(p.streamReadContext().getParent())
                        : ownerPath(live.streamReadContext());
                String path = parent.isEmpty() ? propertyName : parent + "." + propertyName;
                String owner = beanOrClass instanceof Class<?> c ? c.getSimpleName() : beanOrClass.getClass().getSimpleName();
                list.add(new ReadWarning(loc.getLineNr(), loc.getColumnNr(), path,
                        "unknown property '" + propertyName + "' of " + owner + " skipped"));
            }
            p.skipChildren();
            return true;
        }
    }

    private static String ownerPath(tools.jackson.core.TokenStreamContext ctx) {
        if (ctx == null) {
            return "";
        }
        // The pointer of an object context ends with its current property name: drop it.
        String pointer = ctx.inObject() && ctx.currentName() != null && ctx.getParent() != null
                ? ctx.getParent().pathAsPointer().toString() : ctx.inObject() && ctx.getParent() == null ? ""
                : ctx.pathAsPointer().toString();
        return pointerToPath(pointer);
    }

    //-----------------------------------------------------------------------
    static String pointerToPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            appendSegment(sb, part.replace("~1", "/").replace("~0", "~"), part.chars().allMatch(Character::isDigit));
        }
        return sb.toString();
    }

    private static void appendSegment(StringBuilder sb, String name, boolean index) {
        if (index) {
            sb.append('[').append(name).append(']');
        } else {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        }
    }

    private static PlanFormatException translate(JacksonException e, Class<?> type, JsonMapper mapper, byte[] bytes) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name != null) {
                appendSegment(path, name, !name.isEmpty() && name.chars().allMatch(Character::isDigit));
            } else if (ref.getIndex() >= 0) {
                appendSegment(path, Integer.toString(ref.getIndex()), true);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason;
        if (e instanceof UnrecognizedPropertyException u) {
            reason = "unknown property '" + u.getPropertyName() + "' of " + u.getReferringClass().getSimpleName()
                    + " (known: " + String.join(", ", u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")";
        } else if (root != e && (root instanceof IllegalArgumentException || root instanceof NullPointerException
                || root instanceof ArithmeticException)) {
            reason = root.getMessage();
            // A constructor check names the offending component first ("capital must not be negative"):
            // point the path at that component.
            String first = reason == null ? "" : reason.split("[ \\[]", 2)[0];
            if (!first.isEmpty() && first.chars().allMatch(Character::isJavaIdentifierPart)
                    && reason.length() > first.length() && (reason.startsWith(first + " must") || reason.startsWith(first + "["))) {
                appendSegment(path, first, false);
            }
        } else {
            reason = e.getOriginalMessage();
            if (reason != null) {
                int cut = reason.indexOf("\n at [Source");
                reason = cut >= 0 ? reason.substring(0, cut) : reason;
            }
        }
        TokenStreamLocation loc = locate(mapper, bytes, path.toString());
        if (loc == null) {
            loc = e.getLocation();
        }
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        return new PlanFormatException(line, column, path.toString(),
                (reason == null ? e.getClass().getSimpleName() : reason) + " (reading " + type.getSimpleName() + ")", e);
    }
}
