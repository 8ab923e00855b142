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
package org.mignet.formats.hxl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hashtags of the HXL core schema (hxlstandard.org, version 1.1), known by name. Immutable and
 * thread-safe. The list is a resource of this package, {@code hxl-core-hashtags.txt}, with its
 * source in its header.
 */
public final class HxlSchema {

  private static final HxlSchema CORE = load();

  private final Set<String> hashtags;

  private HxlSchema(Set<String> hashtags) {
    this.hashtags = Set.copyOf(hashtags);
  }

  /** Returns the core schema. */
  public static HxlSchema core() {
    return CORE;
  }

  /** Returns the core hashtags, each with its {@code #}. */
  public Set<String> hashtags() {
    return hashtags;
  }

  /** Returns whether the tag's hashtag is in the core schema. */
  public boolean knows(HxlTag tag) {
    return hashtags.contains(tag.hashtag());
  }

  private static HxlSchema load() {
    Set<String> tags = new TreeSet<>();
    try (InputStream in = HxlSchema.class.getResourceAsStream("hxl-core-hashtags.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource hxl-core-hashtags.txt missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("//")) {
          tags.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HxlSchema(tags);
  }
}
