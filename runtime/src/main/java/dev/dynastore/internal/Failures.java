package dev.dynastore.internal;

import dev.dynastore.IndexNotSupportedException;
import dev.dynastore.InvalidKeyException;
import dev.dynastore.ItemTooLargeException;
import dev.dynastore.TableNotFoundException;
import dev.dynastore.ThrottledException;
import dev.dynastore.UnavailableException;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Turns the SDK's exceptions into Dynastore's for every cause Dynastore can name, so that callers catch one
 * family: a missing table, throttling, an unreachable or failing service, an item over the size limit, a missing
 * index. The SDK exception stays attached as the cause; one Dynastore cannot name is returned as it is.
 */
final class Failures {
  private Failures() {}

  /**
   * The exception to throw for a request that failed without effect. {@code what} names the operation and its
   * item, e.g. {@code "get customers/c1 in table CRM"}.
   */
  static RuntimeException translate(SdkException e, String what, String table) {
    if (e instanceof ResourceNotFoundException) {
      return new TableNotFoundException("cannot " + what + ": table " + table + " does not exist (or is not"
          + " visible to these credentials in this region)", e);
    }
    if (e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionConflictException) {
      return new dev.dynastore.TransactionConflictException("cannot " + what + ": a transaction was writing the"
          + " item; nothing was written. Retry, perhaps after a short back-off", e);
    }
    if (e instanceof SdkServiceException && ((SdkServiceException) e).isThrottlingException()) {
      return new ThrottledException("cannot " + what + ": DynamoDB throttled the request through "
          + attempts(e) + "; nothing was written. Back off and retry, or raise the table's capacity", e);
    }
    if (isItemTooLarge(e)) {
      return new ItemTooLargeException("cannot " + what + ": DynamoDB refused the item as larger than "
          + ItemLayout.MAX_ITEM_BYTES + " bytes with the fields it keeps", e);
    }
    if (isBadIndexKey(e)) {
      return new InvalidKeyException("cannot " + what + ": DynamoDB refused an index key attribute (" + message(e)
          + "): give index attributes the type the table defines for them, and no empty value", e);
    }
    if (isMissingIndex(e)) {
      return new IndexNotSupportedException("cannot " + what + ": table " + table + " has no such index. Create it"
          + " with your infrastructure code (a local index only when the table is created)", e);
    }
    if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
        && "UnknownOperationException".equals(((AwsServiceException) e).awsErrorDetails().errorCode())) {
      return new UnsupportedOperationException("cannot " + what + ": this DynamoDB endpoint does not know the"
          + " operation (dynalite, for one, has no TransactWriteItems or TransactGetItems)", e);
    }
    if (e instanceof SdkClientException || e instanceof SdkServiceException
        && ((SdkServiceException) e).statusCode() >= 500) {
      return new UnavailableException("cannot " + what + ": DynamoDB could not be reached or failed to answer"
          + " through " + attempts(e) + " (" + e.getMessage() + ")", e);
    }
    return e;
  }

  /**
   * Whether DynamoDB throttled the request: {@code ProvisionedThroughputExceededException},
   * {@code ThrottlingException}, {@code RequestLimitExceeded}, or another error code that says so. Narrower than the
   * SDK's {@code isThrottlingException()}, which counts a transaction still in progress (and any 429) too.
   */
  static boolean isThrottling(Throwable failure) {
    if (failure instanceof ProvisionedThroughputExceededException || failure instanceof RequestLimitExceededException
        || failure instanceof ThrottlingException) {
      return true;
    }
    String code = failure instanceof AwsServiceException service && service.awsErrorDetails() != null
        ? service.awsErrorDetails().errorCode() : null;
    return code != null && (code.contains("Throttl") || code.equals("ProvisionedThroughputExceededException")
        || code.equals("RequestLimitExceeded"));
  }

  /** Whether a transaction's cancellation reason code means DynamoDB throttled the item. */
  static boolean isThrottlingReason(String code) {
    return code.equals("ThrottlingError") || code.equals("ProvisionedThroughputExceeded")
        || code.equals("RequestLimitExceeded");
  }

  private static String attempts(SdkException e) {
    Integer attempts = e.numAttempts();
    return attempts == null ? "the SDK's retries" : attempts == 1 ? "1 attempt" : attempts + " attempts";
  }

  static boolean isItemTooLarge(SdkException e) {
    return messageContains(e, "item size") && messageContains(e, "exceeded");
  }

  /** A field that keys an index has the wrong type, or is empty: DynamoDB's words for it. */
  static boolean isBadIndexKey(SdkException e) {
    return messageContains(e, "type mismatch for index key") || messageContains(e, "type mismatch for attribute")
        || messageContains(e, "index key") && messageContains(e, "empty");
  }

  private static String message(SdkException e) {
    return e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
        ? ((AwsServiceException) e).awsErrorDetails().errorMessage() : e.getMessage();
  }

  /** DynamoDB and dynalite say "does not have the specified index", moto "Invalid index". */
  static boolean isMissingIndex(SdkException e) {
    return messageContains(e, "does not have the specified index") || messageContains(e, "invalid index");
  }

  private static boolean messageContains(SdkException e, String text) {
    String message = e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null
        ? ((AwsServiceException) e).awsErrorDetails().errorMessage() : null;
    return message != null && message.toLowerCase(Locale.ROOT).contains(text);
  }
}
