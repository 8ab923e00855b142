package org.mignet.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWriterTest {

  private static final List<List<String>> ROWS = List.of(
      List.of("name", "note", "n"),
      List.of("a,b", "two\nlines", "-12.5"),
      List.of("say \"hi\"", "=HYPERLINK(\"x\")", "007"),
      List.of("", "@SUM(A1)", "1405"));

  private static List<List<String>> readBack(byte[] bytes) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader r = TableReader.builder().headerRow(0).open(new ByteArrayInputStream(bytes), "x")) {
      r.forEachRemaining(row -> rows.add(row.cells()));
    }
    return rows;
  }

  private static byte[] write(TableWriter.Builder b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter w = b.open(out)) {
      ROWS.forEach(w::writeRow);
    }
    return out.toByteArray();
  }

  @Test
  void csvRoundTripsQuotesDelimitersAndLineBreaks() {
    byte[] bytes = write(TableWriter.csv());
    assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("name,note,n\r\n\"a,b\",\"two\nlines\"");
    assertThat(readBack(bytes)).isEqualTo(ROWS);
  }

  @Test
  void csvNeutralisesFormulasOnlyWhenAskedForSpreadsheets() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableWriter w = TableWriter.csv().forSpreadsheet(true).delimiter(';').open(out);
    ROWS.forEach(w::writeRow);
    w.close();
    List<List<String>> back = readBack(out.toByteArray());
    assertThat(back.get(2).get(1)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(back.get(3).get(1)).isEqualTo("'@SUM(A1)");
    assertThat(back.get(1).get(2)).isEqualTo("'-12.5");
    assertThat(w.neutralised()).isEqualTo(3);
    assertThat(readBack(write(TableWriter.csv())).get(2).get(1)).isEqualTo("=HYPERLINK(\"x\")");
  }

  @Test
  void xlsxNeutralisesFormulasByDefaultAndKeepsNumbersNumeric() {
    byte[] bytes = write(TableWriter.xlsx().sheetName("out"));
    List<List<String>> back = readBack(bytes);
    assertThat(back.get(0)).isEqualTo(ROWS.get(0));
    assertThat(back.get(1)).containsExactly("a,b", "two\nlines", "-12.5");
    assertThat(back.get(2)).containsExactly("say \"hi\"", "'=HYPERLINK(\"x\")", "007");
    assertThat(back.get(3)).containsExactly("", "'@SUM(A1)", "1405");
  }

  @Test
  void xlsxWithoutNeutralisingRoundTripsEveryCell() {
    assertThat(readBack(write(TableWriter.xlsx().forSpreadsheet(false)))).isEqualTo(ROWS);
  }

  @Test
  void writesABomForExcelWhenAsked() {
    byte[] bytes = write(TableWriter.csv().bom(true));
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    assertThat(readBack(bytes)).isEqualTo(ROWS);
  }
}
