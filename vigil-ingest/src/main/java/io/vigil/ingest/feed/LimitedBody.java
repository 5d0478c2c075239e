package io.vigil.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, then cancels the download: memory stays bounded however
 * long the body is. Used once per response.
 */
final class LimitedBody implements BodySubscriber<LimitedBody.Body> {

  /** The bytes read, and whether the body went on past the limit. */
  record Body(byte[] bytes, boolean overLimit) {}

  private final long max;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(long max) {
    this.max = max;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      if (out.size() + (long) n > max) {
        int room = (int) (max - out.size());
        byte[] part = new byte[room];
        b.get(part);
        out.writeBytes(part);
        result.complete(new Body(out.toByteArray(), true));
        subscription.cancel();
        return;
      }
      byte[] all = new byte[n];
      b.get(all);
      out.writeBytes(all);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(out.toByteArray(), false));
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }
}
