/**
 * The {@code vigil} command line: one picocli command per subcommand, each a thin face over the
 * pipeline. Exit codes: 0 ok, 1 failure (including some inputs rejected), 2 usage.
 */
package io.vigil.cli;
