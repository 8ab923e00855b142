package org.mignet.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;

/** Where commands write their data, and how they find formats by name. */
final class Outputs {

  private Outputs() {}

  /**
   * @param file the output file, or null for standard output
   * @return a stream to write to; closing it flushes standard output but leaves it open, since writers close
   *     what they write to and the command still prints its summary
   */
  static OutputStream open(Path file) throws IOException {
    if (file != null) {
      return new BufferedOutputStream(Files.newOutputStream(file));
    }
    PrintStream stdout = System.out;
    return new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) {
        stdout.write(b, off, len);
      }

      @Override
      public void close() {
        stdout.flush();
      }
    };
  }

  /** @return the format, or a usage error naming the installed ones */
  static Format format(String name) {
    try {
      return Formats.named(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
