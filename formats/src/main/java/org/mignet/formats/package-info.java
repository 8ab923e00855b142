/**
 * mignet formats: the {@link org.mignet.formats.Format} contract, the registry of formats
 * ({@link org.mignet.formats.Formats}, found through {@link java.util.ServiceLoader}) and the one conversion
 * pipeline ({@link org.mignet.formats.Conversion}) every format runs in.
 *
 * <p>A format is a codec: a streaming {@link org.mignet.formats.RecordReader} and
 * {@link org.mignet.formats.RecordWriter}, the options each takes ({@link org.mignet.formats.Format#readerOptions()},
 * {@link org.mignet.formats.Format#writerOptions()}), the record types it carries and what it cannot carry of them
 * ({@link org.mignet.formats.Coverage}). It applies no policy, decides no rejection and renders no message.
 *
 * <p>A conversion reads, validates under a profile when asked, applies the sharing policy, writes and accounts. It
 * guarantees:
 * <ul>
 *   <li>an option neither the source's reader nor the target's writer takes is refused with
 *       {@link org.mignet.formats.UnsupportedOptionException} before anything is read; formats from
 *       {@link org.mignet.formats.Formats} refuse undeclared options themselves too;</li>
 *   <li>the sharing policy ({@link org.mignet.formats.privacy}) is applied from the model's personal-data marks to
 *       every record before the writer sees it and fails closed; a conversion never hands it to a format;</li>
 *   <li>{@code read = written + rejected}: every record is written or rejected with at least one issue saying why;
 *       every populated path the target's {@link org.mignet.formats.Coverage} cannot carry is a
 *       {@link org.mignet.formats.Loss}, every change to personal data a {@link org.mignet.formats.Transformation}
 *       ({@link org.mignet.formats.ConversionReport});</li>
 *   <li>{@link org.mignet.formats.Conversion#run(java.nio.file.Path, java.nio.file.Path)} refuses to write onto its
 *       input and writes through an {@link org.mignet.formats.OutputFile}, which replaces the target only when the
 *       run completes;</li>
 *   <li>issues stay data ({@link org.mignet.core.validation.Issue}: rule, arguments, typed reason, location) until
 *       shown with {@link org.mignet.core.validation.Issue#message(java.util.Locale)}.</li>
 * </ul>
 * An input that cannot be read at all ends the run with a {@link org.mignet.formats.ReadException}.
 *
 * <p>The architecture is described in {@code docs/ARCHITECTURE.md} of the repository; what each format carries is
 * listed in {@code docs/formats.md}, generated from the formats.
 */
package org.mignet.formats;
