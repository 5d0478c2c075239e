package io.vigil.nlp.extract;

import io.vigil.model.Span;

/**
 * Finds the speaker of a speech verb: the subject before it ("Fidan said", "he also stated"), after
 * it ("said Fidan"), or after "according to".
 */
final class Cues {

  /**
   * A speech cue and its speaker.
   *
   * @param verb index of the cue's first token
   * @param span the cue's words
   * @param speaker who speaks
   */
  record Cue(int verb, Span span, Speaker speaker) {

    boolean inverted() {
      return speaker.first() > verb;
    }
  }

  private final ArticleView view;
  private final Speakers speakers;

  Cues(ArticleView view, Speakers speakers) {
    this.view = view;
    this.speakers = speakers;
  }

  static boolean according(ArticleView view, int t) {
    return view.lower(t).equals("according") && view.lower(t + 1).equals("to");
  }

  /** The cue at token {@code t} with its speaker, or null when {@code t} is no cue. */
  Cue at(int t) {
    if (according(view, t)) {
      Speaker s = speakers.startingAt(t + 2);
      return s == null ? null : new Cue(t, view.span(t, t + 2), s);
    }
    if (!Words.SPEECH.contains(view.lower(t))) {
      return null;
    }
    int from = view.sentence(view.sentenceOf(t)).firstToken();
    if (Modality.blocked(view, from, t)) {
      return null;
    }
    int left = t - 1;
    while (left >= from && Words.BETWEEN.contains(view.lower(left))) {
      left--;
    }
    Speaker s = left >= from ? speakers.endingAt(left) : null;
    if (s == null) {
      s = speakers.startingAt(t + 1);
    }
    return s == null ? null : new Cue(t, view.span(t, t + 1), s);
  }
}
