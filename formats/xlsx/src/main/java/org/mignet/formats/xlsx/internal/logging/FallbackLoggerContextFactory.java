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
package org.mignet.formats.xlsx.internal.logging;

import java.net.URI;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/**
 * One context for the whole JVM: loggers that forward to SLF4J if SLF4J has a provider, else
 * loggers that log nothing. Decided once, without asking SLF4J's {@code LoggerFactory} (which, with
 * no provider, prints a warning).
 */
public final class FallbackLoggerContextFactory implements LoggerContextFactory {

  private static final Context CONTEXT = new Context(slf4jHasProvider());

  /** Creates it (Log4j API, through {@link FallbackLog4jProvider}). */
  public FallbackLoggerContextFactory() {}

  /**
   * Returns whether SLF4J would bind to a provider: one is registered, or named by {@code
   * slf4j.provider}.
   */
  static boolean slf4jHasProvider() {
    try {
      Class<?> spi =
          Class.forName(
              "org.slf4j.spi.SLF4JServiceProvider",
              false,
              FallbackLoggerContextFactory.class.getClassLoader());
      if (System.getProperty("slf4j.provider") != null) {
        return true;
      }
      return ServiceLoader.load(spi, spi.getClassLoader()).stream().findAny().isPresent();
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // slf4j-api excluded by the application, or a provider that cannot be loaded: stay silent
      return false;
    }
  }

  /** Returns whether this JVM's loggers forward to SLF4J. */
  static boolean forwardsToSlf4j() {
    return CONTEXT.toSlf4j;
  }

  @Override
  public LoggerContext getContext(
      String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
    return CONTEXT;
  }

  @Override
  public LoggerContext getContext(
      String fqcn,
      ClassLoader loader,
      Object externalContext,
      boolean currentContext,
      URI configLocation,
      String name) {
    return CONTEXT;
  }

  @Override
  public void removeContext(LoggerContext context) {}

  @Override
  public boolean isClassLoaderDependent() {
    return false;
  }

  private static final class Context implements LoggerContext {
    private final boolean toSlf4j;
    private final ConcurrentMap<String, ExtendedLogger> loggers = new ConcurrentHashMap<>();

    Context(boolean toSlf4j) {
      this.toSlf4j = toSlf4j;
    }

    @Override
    public Object getExternalContext() {
      return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
      return loggers.computeIfAbsent(
          name, n -> toSlf4j ? new Slf4jForwardingLogger(n) : new SilentLogger(n));
    }

    @Override
    public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
      return getLogger(name);
    }

    @Override
    public boolean hasLogger(String name) {
      return loggers.containsKey(name);
    }

    @Override
    public boolean hasLogger(String name, MessageFactory messageFactory) {
      return hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
      return hasLogger(name);
    }
  }
}
