/*
 * Copyright 2026 the mignet authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Term;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.internal.ReadRules;
import org.mignet.formats.internal.Words;

/**
 * Reads one record document from a streaming parser into the model, collecting read-level issues
 * with their JSON Pointer, line and column instead of stopping at the first. One instance per
 * record; not thread-safe.
 *
 * <p>Syntax errors ({@link com.fasterxml.jackson.core.JsonProcessingException}) are not caught
 * here: they leave the parser unusable, so the stream reader that owns the parser decides what
 * follows.
 */
public final class RecordParsing {

  /**
   * Prefix of the {@code meta.extensions} keys under which a lenient reader keeps unknown members.
   */
  public static final String UNKNOWN_PREFIX = "unknown:";

  /** Marks a value that could not be read; its parents are not built. */
  private static final Object FAILED = new Object();

  private static final String EXPECTED_TYPES =
      String.join(", ", Arrays.stream(RecordType.values()).map(RecordType::typeName).toList());

  private final boolean lenient;
  private final ReadLimits limits;
  private final SourceLocation start;
  private final long lineBase;
  private final boolean sizeBounded;

  /**
   * The tokens of the current pointer: member names, and list indices as numbers (made text only
   * for an issue).
   */
  private Object[] path = new Object[16];

  /** The seen flags of members past the 64th, for a record with no more (none has). */
  private static final boolean[] NONE_BEYOND = new boolean[0];

  private int depth;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, Object> unknown = new LinkedHashMap<>();

  /** The items of the lists being read, innermost last. */
  private Object[] stack = new Object[16];

  private int items;
  private boolean failed;
  private long startOffset = -1;
  private boolean locationsKnown = true;

  /**
   * @param lenient whether unknown members are kept in extensions (else they are errors)
   * @param limits the limits
   * @param start the record's start: source, record number, line and column
   * @param lineBase added to the parser's line numbers (NDJSON parses one line at a time)
   */
  public RecordParsing(boolean lenient, ReadLimits limits, SourceLocation start, long lineBase) {
    this(lenient, limits, start, lineBase, false);
  }

  /**
   * @param lenient whether unknown members are kept in extensions (else they are errors)
   * @param limits the limits
   * @param start the record's start: source, record number, line and column
   * @param lineBase added to the parser's line numbers (NDJSON parses one line at a time)
   * @param sizeBounded whether the parser's whole input is already known to be within the record
   *     size limit (an NDJSON line that was measured), so that the size need not be checked value
   *     by value
   */
  public RecordParsing(
      boolean lenient,
      ReadLimits limits,
      SourceLocation start,
      long lineBase,
      boolean sizeBounded) {
    this.lenient = lenient;
    this.limits = limits;
    this.start = start;
    this.lineBase = lineBase;
    this.sizeBounded = sizeBounded;
  }

  /**
   * Returns the issues found so far (warnings and errors), unmodifiable; taken once the value is
   * read (an empty list is a fresh one, not a view).
   */
  public List<Issue> issues() {
    // most records have none: the empty list is the one a result keeps as it is
    return issues.isEmpty() ? List.of() : Collections.unmodifiableList(issues);
  }

  /**
   * Reads a record document. On entry the parser is at the document's {@code START_OBJECT}; on a
   * normal return it is at the matching {@code END_OBJECT}.
   *
   * @return the record, or empty if an error was found (see {@link #issues()})
   * @throws IOException for malformed JSON, a truncated input or a stream constraint of the parser
   */
  public Optional<MignetRecord> readDocument(JsonParser p) throws IOException {
    startOffset = sizeBounded ? -1 : offset(p.currentTokenLocation());
    JsonStreamContext documentContext = null;
    try {
      p.nextToken();
      documentContext = p.getParsingContext();
      if (p.currentToken() == JsonToken.FIELD_NAME && "recordType".equals(p.currentName())) {
        p.nextToken();
        return readTyped(p, true);
      }
      // recordType is not first: buffer this one record (bounded by the record size limit) and read
      // the tree
      ObjectNode node = bufferRest(p);
      JsonNode type = node.remove("recordType");
      JsonParser tree = node.traverse(Mappers.plain());
      tree.nextToken();
      locationsKnown = false;
      if (type == null) {
        error(ReadRules.MISSING_RECORD_TYPE, p);
        return Optional.empty();
      }
      push("recordType");
      if (!type.isTextual()) {
        error(ReadRules.WRONG_TYPE, tree, Words.A_STRING, kind(type.asToken()));
        return Optional.empty();
      }
      Optional<RecordType> rt = RecordType.named(type.textValue());
      pop();
      if (rt.isEmpty()) {
        push("recordType");
        error(ReadRules.UNKNOWN_RECORD_TYPE, tree, EXPECTED_TYPES);
        return Optional.empty();
      }
      return build(readObject(tree, JsonBinding.of(rt.get().javaType()), true));
    } catch (LimitExceeded e) {
      skipTo(p, documentContext);
      return Optional.empty();
    }
  }

  /**
   * Reads any value of the model (a nested record, partial date, code) at the parser's current
   * token.
   *
   * @return the value, or empty if an error was found (see {@link #issues()})
   * @throws IOException for malformed JSON
   */
  public Optional<Object> readValue(JsonParser p, Class<?> type) throws IOException {
    Object v;
    try {
      v = readValue(p, JsonShape.of(ValueType.of(type)));
    } catch (LimitExceeded e) {
      return Optional.empty();
    }
    return v == FAILED || v == null || failed ? Optional.empty() : Optional.of(v);
  }

  private Optional<MignetRecord> readTyped(JsonParser p, boolean top) throws IOException {
    push("recordType");
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      error(ReadRules.WRONG_TYPE, p, Words.A_STRING, kind(p.currentToken()));
      pop();
      finishObject(p);
      return Optional.empty();
    }
    Optional<RecordType> rt = RecordType.named(p.getText());
    if (rt.isEmpty()) {
      error(ReadRules.UNKNOWN_RECORD_TYPE, p, EXPECTED_TYPES);
      pop();
      finishObject(p);
      return Optional.empty();
    }
    pop();
    return build(readMembers(p, JsonBinding.of(rt.get().javaType()), top));
  }

  private Optional<MignetRecord> build(Object value) {
    if (value == FAILED || failed) {
      return Optional.empty();
    }
    return Optional.of((MignetRecord) value);
  }

  /** Reads a nested value of the given shape; the parser is at its first token. */
  // the arms return from the method, several after a guard: an arrow switch would only re-indent
  // them
  @SuppressWarnings("StatementSwitchToExpressionSwitch")
  private Object readValue(JsonParser p, JsonShape shape) throws IOException {
    checkSize(p);
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (shape.kind()) {
      case OPTIONAL:
        {
          Object v = readValue(p, shape.element());
          return v == FAILED ? FAILED : Optional.ofNullable(v);
        }
      case STRING:
        return t == JsonToken.VALUE_STRING ? p.getText() : wrongType(p, Words.A_STRING);
      case INTEGER:
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          return p.getIntValue();
        }
        return wrongType(p, Words.AN_INTEGER);
      case BOOLEAN:
        return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
            ? t == JsonToken.VALUE_TRUE
            : wrongType(p, Words.TRUE_OR_FALSE);
      case DOUBLE:
        return t.isNumeric() ? p.getDoubleValue() : wrongType(p, Words.A_NUMBER);
      case DECIMAL:
        return t.isNumeric() ? decimal(p) : wrongType(p, Words.A_NUMBER);
      case PARTIAL_DATE:
        if (t != JsonToken.VALUE_STRING) {
          return wrongType(p, Words.A_PARTIAL_DATE_STRING);
        }
        try {
          return PartialDate.parse(p.getText());
        } catch (DateTimeException e) {
          return invalid(p, Words.A_PARTIAL_DATE);
        }
      case INSTANT:
        if (t != JsonToken.VALUE_STRING) {
          return wrongType(p, Words.A_DATE_TIME_STRING);
        }
        try {
          return Instants.parse(p.getText());
        } catch (DateTimeException e) {
          return invalid(p, Words.AN_INSTANT);
        }
      case GCM_OBJECTIVE:
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          int n = p.getIntValue();
          return n >= 1 && n <= 23 ? GcmObjective.of(n) : invalid(p, Words.A_GCM_OBJECTIVE);
        }
        return wrongType(p, Words.AN_INTEGER);
      case GUIDING_PRINCIPLE:
        {
          if (t != JsonToken.VALUE_STRING) {
            return wrongType(p, Words.A_STRING);
          }
          String s = p.getText();
          return s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'j'
              ? GuidingPrinciple.parse(s)
                  .map(Object.class::cast)
                  .orElseGet(() -> invalid(p, Words.A_GCM_PRINCIPLE))
              : invalid(p, Words.A_GCM_PRINCIPLE);
        }
      case ENUM:
        {
          if (t != JsonToken.VALUE_STRING) {
            return wrongType(p, Words.A_STRING);
          }
          Object c = shape.constant(p.getText());
          return c != null ? c : invalid(p, shape.oneOf());
        }
      case LIST:
        return t == JsonToken.START_ARRAY
            ? readList(p, shape.element())
            : wrongType(p, Words.AN_ARRAY);
      case MAP:
      case JSON_MAP:
        return t == JsonToken.START_OBJECT ? readMap(p, shape) : wrongType(p, Words.AN_OBJECT);
      case RECORD:
        return t == JsonToken.START_OBJECT
            ? readObject(p, shape.record(), false)
            : wrongType(p, Words.AN_OBJECT);
      default:
        throw new IllegalStateException(
            "no canonical JSON form for " + shape.type().raw().getName());
    }
  }

  /** The parser is at START_ARRAY. */
  private Object readList(JsonParser p, JsonShape element) throws IOException {
    // the items go on a stack shared by nested lists, then into an immutable list the record keeps
    // as it is
    int base = items;
    boolean bad = false;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      push(i++);
      Object v =
          p.currentToken() == JsonToken.VALUE_NULL
              ? wrongType(p, Words.A_VALUE)
              : readValue(p, element);
      bad |= v == FAILED;
      if (items == stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      stack[items++] = v;
      pop();
    }
    int n = items - base;
    items = base;
    if (bad) {
      Arrays.fill(stack, base, base + n, null);
      return FAILED;
    }
    List<Object> list =
        switch (n) {
          case 0 -> List.of();
          case 1 -> List.of(stack[base]);
          case 2 -> List.of(stack[base], stack[base + 1]);
          default -> List.of(Arrays.copyOfRange(stack, base, base + n));
        };
    Arrays.fill(stack, base, base + n, null);
    return list;
  }

  /** The parser is at START_OBJECT. */
  private Object readMap(JsonParser p, JsonShape shape) throws IOException {
    boolean jsonLike = shape.kind() == JsonShape.Kind.JSON_MAP;
    Map<String, Object> map = new LinkedHashMap<>();
    boolean bad = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      push(key);
      Object v;
      if (map.containsKey(key)) {
        error(ReadRules.DUPLICATE_MEMBER, p);
        p.skipChildren();
        v = FAILED;
      } else if (jsonLike) {
        v = readJsonLike(p);
      } else {
        v =
            p.currentToken() == JsonToken.VALUE_NULL
                ? wrongType(p, Words.A_STRING)
                : readValue(p, shape.element());
      }
      bad |= v == FAILED;
      map.put(key, v);
      pop();
    }
    return bad ? FAILED : map;
  }

  /** The parser is at START_OBJECT. */
  private Object readObject(JsonParser p, JsonBinding type, boolean top) throws IOException {
    p.nextToken();
    return readMembers(p, type, top);
  }

  /**
   * The parser is at the first FIELD_NAME of the object, at the END_OBJECT of an empty one, or past
   * recordType (at its value).
   */
  private Object readMembers(JsonParser p, JsonBinding binding, boolean top) throws IOException {
    JsonBinding.Member[] members = binding.members();
    Class<?> type = binding.model().type();
    Object[] args = new Object[members.length];
    // the members read so far: a bit each for the first 64 (no array to allocate per object)
    long seen = 0;
    boolean[] seenBeyond = members.length > Long.SIZE ? new boolean[members.length] : NONE_BEYOND;
    boolean typeSeen = false;
    boolean bad = false;
    int next = 0;
    // nextFieldName() is nextToken() that hands back the name of a FIELD_NAME (null for any other
    // token) without a second call for it; an empty object is at its END_OBJECT already, which is
    // not passed over (that read the members after it as this object's, and in a list ran on past
    // the end of the input)
    JsonToken first = p.currentToken();
    String name =
        first == JsonToken.FIELD_NAME
            ? p.currentName()
            : first == JsonToken.END_OBJECT ? null : p.nextFieldName();
    for (; name != null; name = p.nextFieldName()) {
      p.nextToken();
      push(name);
      JsonBinding.Member member = binding.member(name, next);
      if (member == null) {
        if (name.equals("recordType") && (top || typeSeen)) {
          // a document's recordType was read before its members; a second one is a duplicate, never
          // a silent pick
          error(ReadRules.DUPLICATE_MEMBER, p);
          p.skipChildren();
          bad = true;
        } else if (binding.recordType() != null
            && name.equals("recordType")
            && p.currentToken() == JsonToken.VALUE_STRING
            && type == RecordType.named(p.getText()).map(RecordType::javaType).orElse(null)) {
          // a nested record (e.g. a victim's person) may repeat its own recordType, once
          typeSeen = true;
        } else {
          unknownMember(p, type);
        }
      } else if (member.index() < Long.SIZE
          ? (seen & 1L << member.index()) != 0
          : seenBeyond[member.index()]) {
        error(ReadRules.DUPLICATE_MEMBER, p);
        p.skipChildren();
        bad = true;
      } else {
        int i = member.index();
        if (i < Long.SIZE) {
          seen |= 1L << i;
        } else {
          seenBeyond[i] = true;
        }
        next = i + 1;
        Object v = readValue(p, member.shape());
        args[i] = v;
        bad |= v == FAILED;
      }
      pop();
    }
    if (bad) {
      return FAILED;
    }
    for (JsonBinding.Member m : members) {
      int i = m.index();
      if (args[i] == null) {
        if (m.empty() != null) {
          args[i] = m.empty();
        } else {
          // required: the writer always writes it and the schema requires it, even where a
          // constructor would
          // default a null
          push(m.component().name());
          error(ReadRules.MISSING_MEMBER, p, m.component().name(), type.getSimpleName());
          pop();
          bad = true;
        }
      }
    }
    if (bad) {
      return FAILED;
    }
    int metaIndex = binding.metaIndex();
    if (top && !unknown.isEmpty() && metaIndex >= 0 && args[metaIndex] instanceof RecordMeta meta) {
      LinkedHashMap<String, Object> ext = new LinkedHashMap<>(meta.extensions());
      unknown.forEach(ext::putIfAbsent);
      args[metaIndex] =
          new RecordMeta(
              meta.identifier(),
              meta.sourceOrganization(),
              meta.created(),
              meta.updated(),
              meta.schemaVersion(),
              meta.sensitivity(),
              meta.legalBasis(),
              meta.consentReference(),
              ext);
    }
    try {
      return binding.model().construct(args);
    } catch (RuntimeException e) {
      // the canonical constructor refused values that each read well (an invariant across
      // components)
      error(ReadRules.REJECTED, p, type.getSimpleName());
      return FAILED;
    }
  }

  private void unknownMember(JsonParser p, Class<?> type) throws IOException {
    if (!lenient) {
      error(ReadRules.UNKNOWN_MEMBER, p, type.getSimpleName());
      p.skipChildren();
      return;
    }
    String key = UNKNOWN_PREFIX + pointer();
    issues.add(
        ReadRules.issue(ReadRules.UNKNOWN_MEMBER_KEPT, location(p), type.getSimpleName(), key));
    Object v = readJsonLike(p);
    if (v != FAILED) {
      unknown.put(key, v);
    }
  }

  /**
   * Reads any JSON value as extensions hold it: integers as Long (BigDecimal beyond), other numbers
   * BigDecimal.
   */
  // the arms return from the method, several after a guard: an arrow switch would only re-indent
  // them
  @SuppressWarnings("StatementSwitchToExpressionSwitch")
  private Object readJsonLike(JsonParser p) throws IOException {
    checkSize(p);
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? decimal(p)
            : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return decimal(p);
      case START_ARRAY:
        {
          List<Object> list = new ArrayList<>();
          int i = 0;
          boolean bad = false;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            push(i++);
            Object v = readJsonLike(p);
            bad |= v == FAILED;
            list.add(v);
            pop();
          }
          return bad ? FAILED : Collections.unmodifiableList(list);
        }
      case START_OBJECT:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          boolean bad = false;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            push(key);
            if (map.containsKey(key)) {
              error(ReadRules.DUPLICATE_MEMBER, p);
              p.skipChildren();
              bad = true;
            } else {
              Object v = readJsonLike(p);
              bad |= v == FAILED;
              map.put(key, v);
            }
            pop();
          }
          return bad ? FAILED : Collections.unmodifiableMap(map);
        }
      default:
        throw new IllegalStateException("unexpected token " + p.currentToken());
    }
  }

  /**
   * The number at the parser as a decimal, or FAILED with an issue for one whose exponent no
   * BigDecimal holds ({@code 1e99999999999}): well-formed JSON (RFC 8259 sets no range), but no
   * value of the model.
   */
  private Object decimal(JsonParser p) throws IOException {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      return invalid(p, Words.A_NUMBER_IN_DECIMAL_RANGE);
    }
  }

  private Object wrongType(JsonParser p, Words expected) throws IOException {
    error(ReadRules.WRONG_TYPE, p, expected, kind(p.currentToken()));
    p.skipChildren();
    return FAILED;
  }

  private Object invalid(JsonParser p, Term expected) {
    error(ReadRules.INVALID_VALUE, p, expected);
    return FAILED;
  }

  private void error(String rule, JsonParser p, Object... args) {
    failed = true;
    issues.add(ReadRules.issue(rule, location(p), args));
  }

  private SourceLocation location(JsonParser p) {
    SourceLocation at = start.withPointer(pointer());
    if (!locationsKnown) {
      return at;
    }
    JsonLocation l = p.currentTokenLocation();
    if (l.getLineNr() < 1) {
      return at;
    }
    return at.withLine(lineBase + l.getLineNr(), Math.max(0, l.getColumnNr()));
  }

  private void push(Object token) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = token;
  }

  private void pop() {
    path[--depth] = null;
  }

  /** Returns the RFC 6901 pointer of the current path. */
  String pointer() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      Object s = path[i];
      // list indices are kept as numbers until a pointer is needed (only when an issue is raised)
      b.append('/')
          .append(s instanceof Integer n ? Integer.toString(n) : Pointers.escape((String) s));
    }
    return b.toString();
  }

  private void checkSize(JsonParser p) {
    if (sizeBounded || startOffset < 0 || !locationsKnown) {
      return;
    }
    long now = offset(p.currentTokenLocation());
    if (now >= 0 && now - startOffset > limits.maxRecordBytes()) {
      error(ReadRules.LIMIT, p, Words.RECORD_SIZE, limits.maxRecordBytes());
      throw new LimitExceeded();
    }
  }

  private ObjectNode bufferRest(JsonParser p) throws IOException {
    ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    // the parser's pointer of the document itself (inside a bundle: /records/3), taken off the
    // pointer of a value to make it the record's own
    JsonStreamContext parent = p.getParsingContext().getParent();
    String documentAt = parent == null ? "" : parent.pathAsPointer().toString();
    for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      checkSize(p);
      if (node.has(name)) {
        push(name);
        error(ReadRules.DUPLICATE_MEMBER, p);
        pop();
      }
      try {
        node.set(name, Mappers.plain().readTree(p));
      } catch (NumberFormatException e) {
        // a number no BigDecimal holds, somewhere inside the member: said at its own pointer, then
        // the rest of the document is passed over as for a record too large
        failed = true;
        issues.add(
            ReadRules.issue(
                ReadRules.INVALID_VALUE,
                location(p)
                    .withPointer(
                        p.getParsingContext()
                            .pathAsPointer()
                            .toString()
                            .substring(documentAt.length())),
                Words.A_NUMBER_IN_DECIMAL_RANGE));
        throw new LimitExceeded();
      }
    }
    return node;
  }

  static long offset(JsonLocation l) {
    return Math.max(l.getByteOffset(), l.getCharOffset());
  }

  /** Skips to the END_OBJECT that closes the given object context, from anywhere inside it. */
  private static void skipTo(JsonParser p, JsonStreamContext objectContext) throws IOException {
    if (objectContext == null) {
      p.skipChildren();
      return;
    }
    // when an END token closes a child, the context is the parent again; the object's own END
    // leaves it
    while (p.getParsingContext() != objectContext) {
      if (p.nextToken() == null) {
        return;
      }
    }
    finishObject(p);
  }

  /**
   * Skips the rest of the object the parser is in. The parser is at a FIELD_NAME, at the first
   * token of a member value, or at the last token of a member value.
   */
  private static void finishObject(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.FIELD_NAME) {
      p.nextToken();
      p.skipChildren();
    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      p.nextToken();
      p.skipChildren();
    }
  }

  static Object kind(JsonToken t) {
    if (t == null) {
      return Words.THE_END_OF_THE_INPUT;
    }
    return switch (t) {
      case START_OBJECT -> Words.AN_OBJECT;
      case START_ARRAY -> Words.AN_ARRAY;
      case VALUE_STRING -> Words.A_STRING;
      case VALUE_NUMBER_INT -> Words.AN_INTEGER;
      case VALUE_NUMBER_FLOAT -> Words.A_DECIMAL_NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> Words.A_BOOLEAN;
      case VALUE_NULL -> Words.NULL;
      default -> t.name();
    };
  }

  /** Thrown inside to abandon a record that is too large; never escapes this class. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super(null, null, false, false);
    }
  }
}
