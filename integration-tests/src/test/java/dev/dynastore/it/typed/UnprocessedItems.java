package dev.dynastore.it.typed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes DynamoDB leave batch items unprocessed, as a throttled table does: a {@code BatchGetItem} answers for only
 * some of its keys, a {@code BatchWriteItem} applies only some of its writes (the others are taken out of the
 * request before it is sent, so they are really not written) and reports the rest as unprocessed. Dynalite and
 * moto never do this by themselves.
 */
final class UnprocessedItems implements ExecutionInterceptor {
  private static final ExecutionAttribute<List<WriteRequest>> HELD_BACK = new ExecutionAttribute<>("heldBack");

  private final AtomicInteger requestsLeftToStarve = new AtomicInteger();
  private volatile int keep = Integer.MAX_VALUE;

  /** The next {@code requests} batch requests process at most {@code keep} items each (0: none). */
  void starve(int requests, int keep) {
    this.keep = keep;
    requestsLeftToStarve.set(requests);
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    if (!(context.request() instanceof BatchWriteItemRequest request) || requestsLeftToStarve.get() <= 0) {
      return context.request();
    }
    Map<String, List<WriteRequest>> sent = new HashMap<>();
    List<WriteRequest> heldBack = new ArrayList<>();
    request.requestItems().forEach((table, writes) -> {
      int kept = Math.min(keep, writes.size());
      sent.put(table, writes.subList(0, kept));
      heldBack.addAll(writes.subList(kept, writes.size()));
    });
    attributes.putAttribute(HELD_BACK, heldBack);
    if (sent.values().stream().allMatch(List::isEmpty)) {
      // DynamoDB refuses an empty batch: send one write that changes nothing, and hold every write back
      return request; // the response below reports all of them unprocessed, which is what a full throttle does
    }
    return request.toBuilder().requestItems(sent).build();
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    if (context.response() instanceof BatchGetItemResponse response && context.request() instanceof BatchGetItemRequest
        && requestsLeftToStarve.getAndDecrement() > 0) {
      Map<String, List<Map<String, AttributeValue>>> answered = new HashMap<>();
      Map<String, KeysAndAttributes> unprocessed = new HashMap<>();
      response.responses().forEach((table, items) -> {
        int kept = Math.min(keep, items.size());
        answered.put(table, items.subList(0, kept));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : items.subList(kept, items.size())) {
          keys.add(Map.of("id", item.get("id"), "name", item.get("name")));
        }
        if (!keys.isEmpty()) {
          unprocessed.put(table, KeysAndAttributes.builder().keys(keys).build());
        }
      });
      return response.toBuilder().responses(answered).unprocessedKeys(unprocessed).build();
    }
    if (context.response() instanceof BatchWriteItemResponse response
        && attributes.getAttribute(HELD_BACK) != null && requestsLeftToStarve.getAndDecrement() > 0) {
      BatchWriteItemRequest sent = (BatchWriteItemRequest) context.request();
      List<WriteRequest> heldBack = attributes.getAttribute(HELD_BACK);
      String table = sent.requestItems().keySet().iterator().next();
      if (keep == 0) {
        heldBack = sent.requestItems().get(table); // all of them: see modifyRequest
      }
      return heldBack.isEmpty() ? response
          : response.toBuilder().unprocessedItems(Map.of(table, heldBack)).build();
    }
    return context.response();
  }
}
