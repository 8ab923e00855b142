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

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code mignet} command: validate records, list the rule catalogue, print the JSON Schema. The
 * forms and the JSON output are a public interface (docs/ARCHITECTURE.md, examples/README-cli.md);
 * exit codes are {@value #VALID} valid, {@value #INVALID} invalid data, {@value #USAGE_OR_IO} usage
 * or I/O error, {@value #RESOURCE_LIMIT} a resource limit exceeded (out of memory, input nested too
 * deeply for the stack).
 *
 * <p>The subcommands are added by {@link #commandLine()} (all of them) or, when {@link #main} is
 * told which one to run, only that one: picocli then builds the model of one command, not of eight
 * (part of a fast start).
 */
@Command(
    name = "mignet",
    mixinStandardHelpOptions = true,
    versionProvider = Mignet.Version.class,
    description =
        "Validate, convert and inspect migration-governance data with the shared mignet model and rules.",
    footer = {
      "",
      "Exit codes: 0 valid, 1 invalid data, 2 usage or I/O error, 3 resource limit exceeded."
    })
public final class Mignet implements Callable<Integer> {

  /** Exit code: every record is valid (or the command succeeded). */
  public static final int VALID = 0;

  /** Exit code: some record has an error or fatal issue, or could not be read. */
  public static final int INVALID = 1;

  /** Exit code: the command line was wrong, or a file could not be opened or read. */
  public static final int USAGE_OR_IO = 2;

  /**
   * Exit code: the run needed more memory or stack than the JVM has (the input is too large or too
   * deep).
   */
  public static final int RESOURCE_LIMIT = 3;

  @Spec CommandSpec spec;

  /** A subcommand is required; without one the usage goes to standard error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE_OR_IO;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // before the early start below, which uses Validation too (its class initialises nothing)
    if (Validation.beanValidationConfigured()) {
      // Hibernate Validator announces itself on java.util.logging; a command's standard error is
      // for its own messages. Held in a field: java.util.logging keeps loggers only weakly. Only
      // then: java.util.logging costs a start-up that never meets Hibernate Validator.
      Logger quiet = Logger.getLogger("org.hibernate");
      quiet.setLevel(Level.WARNING);
      quietLibraries = quiet;
    }
    if (args.length > 0 && args[0].equals("validate")) {
      // the rules, their messages and the cross-record check's random key are made on a second
      // core while picocli builds the command's model on this one
      validation = EarlyStart.start("mignet-early-start", new EarlyValidation());
    }
    // Apache POI logs through the Log4j API: mignet-formats routes it to SLF4J, whose binding here
    // is slf4j-nop
    // Hibernate Validator logs through JBoss Logging, which would otherwise start the Log4j API to
    // find a backend
    System.setProperty("org.jboss.logging.provider", "jdk");
    System.exit(commandLine(args).execute(args));
  }

  /** Hibernate Validator's loggers, quietened when it can start (see {@link #main}). */
  @SuppressWarnings("unused") // held only: java.util.logging keeps loggers weakly
  private static volatile Logger quietLibraries;

  /** The standard validation when {@link #main} started it early, for {@code validate}; or null. */
  private static volatile EarlyStart<Validation> validation;

  /**
   * @return the standard validation ({@link Validation#standard()}): the one {@link #main} started
   *     early, once it is made (throwing what making it threw), else made now
   */
  static Validation standardValidation() {
    EarlyStart<Validation> early = validation;
    return early == null ? Validation.standard() : early.get();
  }

  /**
   * Makes the standard validation and a cross-record check of it, which draws its random key: the
   * first of each is the slow one. A class, not a lambda: nothing is spun for it at start-up.
   */
  private static final class EarlyValidation implements java.util.concurrent.Callable<Validation> {
    @Override
    public Validation call() {
      Validation v = Validation.standard();
      try {
        v.crossRecord(Profile.STRUCTURAL);
      } catch (RuntimeException e) {
        // validate starts its own check, and meets the same fault there, on its own thread
      }
      return v;
    }
  }

  /** Every subcommand's name, in the order the usage lists them. */
  private static final java.util.List<String> SUBCOMMANDS =
      java.util.List.of(
          "validate", "convert", "rules", "schema", "aggregate", "inspect", "specs", "help");

  /**
   * A new subcommand object. A switch, not a map of constructor references: a run loads the class
   * of the one subcommand it runs, and spins no lambda for the others.
   */
  private static Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "rules" -> new RulesCommand();
      case "schema" -> new SchemaCommand();
      case "aggregate" -> new AggregateCommand();
      case "inspect" -> new InspectCommand();
      case "specs" -> new SpecsCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /**
   * @param args the arguments of the run
   * @return a command line for them: with only the subcommand they name (parsing, usage and errors
   *     of that subcommand are the same either way), or every subcommand when they name none or ask
   *     for {@code help}
   */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("help")) {
      return commandLine(java.util.List.of(args[0]));
    }
    return commandLine();
  }

  /**
   * @return a command line with mignet's exit codes and one-line error messages, writing to
   *     standard output and standard error; set other writers with {@link
   *     CommandLine#setOut(PrintWriter)} and {@link CommandLine#setErr(PrintWriter)}. Not
   *     thread-safe: create one per run.
   */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  private static CommandLine commandLine(java.util.Collection<String> names) {
    CommandLine cl = new CommandLine(new Mignet());
    for (String name : names) {
      cl.addSubcommand(name, subcommand(name));
    }
    Handlers handlers = new Handlers();
    cl.setExitCodeExceptionMapper(handlers);
    cl.setExecutionStrategy(handlers);
    cl.setParameterExceptionHandler(handlers);
    cl.setExecutionExceptionHandler(handlers);
    return cl;
  }

  /**
   * Runs the command; a JVM limit reached on the way (out of memory, a stack overflow) is not a bug
   * to print as a stack trace but a resource limit: one line saying which, and {@value
   * #RESOURCE_LIMIT}. What the failed command held is unreachable by then, so there is room to say
   * it.
   */
  private static int runWithinLimits(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return resourceLimit(parseResult, e);
    } catch (CommandLine.ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError || e.getCause() instanceof StackOverflowError) {
        return resourceLimit(parseResult, (Error) e.getCause());
      }
      throw e;
    }
  }

  private static int resourceLimit(ParseResult parseResult, Error e) {
    PrintWriter err = parseResult.commandSpec().commandLine().getErr();
    err.println(
        "mignet: resource limit exceeded: "
            + (e instanceof OutOfMemoryError
                ? "out of memory; give the JVM more (java -Xmx…) or split the input"
                : "the input is nested too deeply for the stack; split it or raise the stack size (java -Xss…)"));
    err.flush();
    return RESOURCE_LIMIT;
  }

  private static boolean isVerbose(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * mignet's exit codes and one-line errors for picocli: one class, not four lambdas, so that a run
   * spins no lambda classes for them at start-up.
   */
  private static final class Handlers
      implements CommandLine.IExitCodeExceptionMapper,
          CommandLine.IExecutionStrategy,
          CommandLine.IParameterExceptionHandler,
          CommandLine.IExecutionExceptionHandler {

    @Override
    public int getExitCode(Throwable t) {
      return USAGE_OR_IO;
    }

    @Override
    public int execute(ParseResult parseResult) {
      return runWithinLimits(parseResult);
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine bad = e.getCommandLine();
      PrintWriter err = bad.getErr();
      err.println("mignet: " + e.getMessage());
      err.println(
          "Try '" + bad.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return USAGE_OR_IO;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine bad, ParseResult parseResult) {
      PrintWriter err = bad.getErr();
      if (e instanceof CliException) {
        err.println("mignet: " + e.getMessage());
      } else {
        // a bug, not bad input: say so in one line; the stack trace only on request
        err.println(
            "mignet: internal error ("
                + e.getClass().getSimpleName()
                + "); run with --verbose for details");
      }
      if (isVerbose(parseResult)) {
        e.printStackTrace(err);
      }
      err.flush();
      return USAGE_OR_IO;
    }
  }

  /** Reads the version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Mignet.class.getPackage().getImplementationVersion();
      return new String[] {"mignet " + (v == null ? "(development build)" : v)};
    }
  }
}
