package io.vigil.pipeline;

/** The stages of the pipeline, in order, for timing and reports. */
public enum Stage {
  CLEAN,
  ANALYSE,
  RESOLVE,
  EXTRACT,
  INDEX
}
