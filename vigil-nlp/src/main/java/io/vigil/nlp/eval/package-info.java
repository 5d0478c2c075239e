/** Vigil's accuracy on public benchmarks, computed the way the benchmarks define it. */
package io.vigil.nlp.eval;
