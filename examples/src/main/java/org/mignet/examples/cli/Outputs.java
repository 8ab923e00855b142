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
package org.mignet.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.OutputFile;

/**
 * Where commands write their data, and how they find formats by name. A file is written all or
 * nothing ({@link OutputFile}): a command that fails leaves an existing output as it was.
 */
final class Outputs {

  private Outputs() {}

  /** What a command writes. */
  interface Body {
    /**
     * @param out where to write; the body may close it
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * @param file the output file, or null for standard output
   * @param body writes the output; if it throws, an existing {@code file} is left as it was
   * @throws IOException if the file cannot be written; its message names the file
   */
  static void write(Path file, Body body) throws IOException {
    if (file == null || isDash(file)) {
      body.writeTo(standardOutput());
      return;
    }
    try (OutputFile output = OutputFile.open(file)) {
      body.writeTo(output.stream());
      output.commit();
    }
  }

  /**
   * @return standard output as a stream whose closing flushes it but leaves it open, since writers
   *     close what they write to and the command still prints its summary
   */
  static OutputStream standardOutput() {
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

  /** The name that stands for standard input or output on the command line. */
  static final String DASH = "-";

  /**
   * @return whether a file argument is {@code -}, standard input or output
   */
  static boolean isDash(Path file) {
    return file != null && DASH.equals(file.toString());
  }

  /**
   * @return standard input, read as it is when called (tests replace it), whose closing leaves it
   *     open
   */
  static java.io.InputStream standardInput() {
    return new java.io.FilterInputStream(System.in) {
      @Override
      public void close() {}
    };
  }

  /**
   * A usage error, raised before anything is opened, if a command would write over one of the files
   * it reads.
   *
   * @param output the file to be written, or null for standard output
   * @param inputs the files read; nulls are skipped
   */
  static void refuseToOverwrite(Path output, Path... inputs) {
    if (output == null || isDash(output)) {
      return;
    }
    for (Path input : inputs) {
      if (input != null && !isDash(input) && OutputFile.isSameFile(input, output)) {
        throw new CliException(
            "cannot write " + output + ": it is the input " + input + "; write to another file");
      }
    }
  }

  /**
   * @param what what was being done, e.g. "cannot convert cases.json"
   * @param e the failure
   * @param outputs the files being written; nulls are skipped
   * @return a one-line usage-or-I/O error: "cannot write OUTPUT: …" if the failure names one of the
   *     outputs, else {@code what} and the reason
   */
  static CliException failure(String what, Exception e, Path... outputs) {
    Throwable c = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    if (c instanceof FileSystemException f) {
      for (Path output : outputs) {
        if (output != null && output.toString().equals(f.getFile())) {
          return new CliException("cannot write " + output + ": " + reason(c), e);
        }
      }
    }
    return new CliException(what + ": " + reason(c), e);
  }

  /**
   * @return the reason an exception gives, else its kind in words ("no such file", "access denied")
   */
  static String reason(Throwable e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass()
        .getSimpleName()
        .replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a {@code --mapping} argument: a spec file, or the name of a spec shipped with mignet
   * (with or without {@code .json}); a file of that name wins. Anything else is a usage error
   * listing the bundled names.
   *
   * @param mapping the argument, or null
   * @return the argument as given (the tabular formats resolve a name that is no file to the
   *     bundled spec)
   */
  static java.nio.file.Path mapping(java.nio.file.Path mapping) {
    if (mapping == null || java.nio.file.Files.isRegularFile(mapping)) {
      return mapping;
    }
    String name =
        mapping.getFileName() == null
            ? ""
            : mapping.getFileName().toString().replaceFirst("\\.json$", "");
    if (mapping.getNameCount() == 1
        && org.mignet.formats.tabular.MappingSpec.bundledNames().contains(name)) {
      return mapping;
    }
    throw new CliException(
        "--mapping "
            + mapping
            + ": no such file and no bundled spec of that name; bundled specs: "
            + String.join(", ", org.mignet.formats.tabular.MappingSpec.bundledNames())
            + " (see mignet specs)");
  }

  /**
   * A mapping spec reads through the tabular formats: xlsx for a ZIP container, csv for anything
   * else.
   */
  static String tableFormatOf(java.nio.file.Path file) {
    try (java.io.InputStream head = java.nio.file.Files.newInputStream(file)) {
      byte[] b = head.readNBytes(4);
      return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4 ? "xlsx" : "csv";
    } catch (java.io.IOException e) {
      throw new CliException("cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * @return the format, or a usage error naming the installed ones
   */
  static Format format(String name) {
    try {
      return Formats.named(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }
}
