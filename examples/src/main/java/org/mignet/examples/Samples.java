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
package org.mignet.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic sample data bundled with the examples: canonical JSON files on the class path,
 * listed in {@code org/mignet/examples/samples/index.txt}. Every person, name and case in them is
 * invented.
 *
 * <p>Files whose name contains {@code invalid} break rules on purpose; the others are valid under
 * the {@code structural} and {@code exchange} profiles. Stateless and thread-safe.
 */
public final class Samples {

  private static final String DIR = "/org/mignet/examples/samples/";

  private Samples() {}

  /**
   * @return the file names of every bundled sample, in index order
   * @throws UncheckedIOException if the index cannot be read (a broken build)
   */
  public static List<String> names() {
    try (InputStream in = Samples.class.getResourceAsStream(DIR + "index.txt")) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("sample index missing from the class path"));
      }
      List<String> names = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          names.add(s);
        }
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the names of the samples meant to be valid
   */
  public static List<String> validNames() {
    return names().stream().filter(n -> !isDeliberatelyInvalid(n)).toList();
  }

  /**
   * @return whether a sample breaks rules on purpose (its name contains {@code invalid})
   */
  public static boolean isDeliberatelyInvalid(String name) {
    return name.toLowerCase(Locale.ROOT).contains("invalid");
  }

  /**
   * @param name a name from {@link #names()}; not null
   * @return the sample's bytes, to be closed by the caller
   * @throws IllegalArgumentException if there is no sample of that name
   */
  public static InputStream open(String name) {
    if (!names().contains(name)) {
      throw new IllegalArgumentException("no bundled sample named " + name + "; known: " + names());
    }
    InputStream in = Samples.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalArgumentException("bundled sample " + name + " is listed but missing");
    }
    return in;
  }
}
