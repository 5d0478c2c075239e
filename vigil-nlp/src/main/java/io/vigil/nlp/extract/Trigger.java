package io.vigil.nlp.extract;

/**
 * A word that signals an event, with the CAMEO code it signals.
 *
 * @param cameo the CAMEO code: two digits for the root, three or four for a finer type
 * @param label CAMEO's name for the code
 * @param noun whether the trigger is a noun ("meeting", "attack"), whose source may be a possessive
 */
record Trigger(String cameo, String label, boolean noun) {

  String root() {
    return cameo.substring(0, 2);
  }
}
