/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AlertFeedItem on Alert {\n    id\n    time\n    severity\n    category\n    pAttack\n    acknowledged\n    acknowledgedBy\n    techniques {\n      id\n      name\n      url\n    }\n  }\n": typeof types.AlertFeedItemFragmentDoc,
    "\n  query AlertFeedRecent {\n    alerts(limit: 20) {\n      items {\n        ...AlertFeedItem\n      }\n    }\n  }\n": typeof types.AlertFeedRecentDocument,
    "\n  subscription AlertFeedLive {\n    alerts {\n      ...AlertFeedItem\n    }\n  }\n": typeof types.AlertFeedLiveDocument,
    "\n  mutation AlertFeedAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledged\n      acknowledgedBy\n    }\n  }\n": typeof types.AlertFeedAcknowledgeDocument,
    "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n": typeof types.OverviewAuditDocument,
    "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n": typeof types.OverviewAuditLiveDocument,
    "\n  query ChatConversations {\n    conversations(limit: 20) {\n      items {\n        id\n        title\n        turnCount\n        updatedAt\n      }\n    }\n  }\n": typeof types.ChatConversationsDocument,
    "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n": typeof types.OverviewClusterDocument,
    "\n  query DetectClassifiers {\n    classifiers {\n      id\n      family\n      task\n      status\n      promoted\n      threshold\n      createdAt\n      metrics {\n        split\n        accuracy\n        rocAuc\n        macro {\n          f1\n        }\n      }\n    }\n  }\n": typeof types.DetectClassifiersDocument,
    "\n  mutation DetectPromote($id: ID!) {\n    promoteClassifier(id: $id) {\n      id\n      promoted\n    }\n  }\n": typeof types.DetectPromoteDocument,
    "\n  mutation DetectClassify($records: [JSONObject!]) {\n    classifyRecords(records: $records) {\n      index\n      label\n      attack\n      pAttack\n      category\n      alert {\n        id\n        severity\n      }\n      contributions {\n        feature\n        value\n      }\n    }\n  }\n": typeof types.DetectClassifyDocument,
    "\n  query DiffusionRuns {\n    runs(limit: 50) {\n      items {\n        id\n        dataset\n        status\n        step\n        loss\n        createdAt\n        config {\n          steps\n        }\n        report {\n          overall\n        }\n      }\n    }\n  }\n": typeof types.DiffusionRunsDocument,
    "\n  mutation DiffusionStart($input: StartDiffusionRunInput!) {\n    startDiffusionRun(input: $input) {\n      id\n    }\n  }\n": typeof types.DiffusionStartDocument,
    "\n  query DocumentsList {\n    documents(limit: 100) {\n      total\n      items {\n        id\n        title\n        mediaType\n        pages\n        chunks\n        attackId\n        ingestedAt\n      }\n    }\n  }\n": typeof types.DocumentsListDocument,
    "\n  mutation DocumentsDelete($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n    }\n  }\n": typeof types.DocumentsDeleteDocument,
    "\n  query DocumentsSearch($query: String!) {\n    search(query: $query, k: 10) {\n      chunkId\n      title\n      page\n      section\n      attackId\n      snippet\n      score\n      lexicalScore\n      vectorScore\n    }\n  }\n": typeof types.DocumentsSearchDocument,
    "\n  mutation DocumentsIngest($uploadId: String!) {\n    ingestDocument(input: { uploadId: $uploadId }) {\n      created\n      unchanged\n      chunks\n      documents {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DocumentsIngestDocument,
    "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n": typeof types.OverviewHealthDocument,
    "\n  query OverviewTraining {\n    runs(limit: 20) {\n      items {\n        id\n        dataset\n        status\n        config {\n          steps\n        }\n        lossCurve {\n          step\n          loss\n        }\n      }\n    }\n    classifiers {\n      id\n      family\n      task\n      status\n      createdAt\n    }\n  }\n": typeof types.OverviewTrainingDocument,
    "\n  subscription TrainingRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      loss\n      etaSeconds\n    }\n  }\n": typeof types.TrainingRunProgressDocument,
    "\n  fragment ChatCitation on AnswerCitation {\n    n\n    chunkId\n    documentId\n    title\n    page\n    attackId\n    snippet\n    score\n  }\n": typeof types.ChatCitationFragmentDoc,
    "\n  subscription ChatAnswerStream($question: String!, $conversationId: ID) {\n    answerStream(question: $question, conversationId: $conversationId) {\n      kind\n      conversationId\n      text\n      outOfScope\n      answerer\n      citations {\n        ...ChatCitation\n      }\n    }\n  }\n": typeof types.ChatAnswerStreamDocument,
    "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      turns {\n        question\n        answer\n        answerer\n        outOfScope\n        citations {\n          ...ChatCitation\n        }\n      }\n    }\n  }\n": typeof types.ChatConversationDocument,
    "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n": typeof types.SessionMeDocument,
    "\n  query DiffusionRun($id: ID!) {\n    run(id: $id) {\n      id\n      dataset\n      path\n      status\n      phase\n      step\n      loss\n      lr\n      etaSeconds\n      backend\n      error\n      rows\n      syntheticRows\n      syntheticCsvPath\n      config {\n        steps\n        batchSize\n        layers\n        timesteps\n        spreadTies\n      }\n      lossCurve {\n        step\n        loss\n      }\n      cleaning {\n        step\n        summary\n        rowsBefore\n        rowsAfter\n        columnsDropped\n      }\n      report {\n        overall\n        columnShapes\n        columnPairTrends\n        columns {\n          column\n          metric\n          score\n        }\n        pairs {\n          column1\n          column2\n          score\n        }\n        dcrBaselineProtection {\n          score\n          medianDcrSynthetic\n          medianDcrRandomBaseline\n        }\n        dcrOverfittingProtection {\n          score\n          closerToTraining\n        }\n      }\n    }\n  }\n": typeof types.DiffusionRunDocument,
    "\n  subscription DiffusionRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      totalSteps\n      loss\n      lr\n      etaSeconds\n      rowsDone\n      rowsTotal\n    }\n  }\n": typeof types.DiffusionRunProgressDocument,
    "\n  mutation DiffusionCancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DiffusionCancelDocument,
    "\n  mutation DiffusionResume($id: ID!) {\n    resumeRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DiffusionResumeDocument,
};
const documents: Documents = {
    "\n  fragment AlertFeedItem on Alert {\n    id\n    time\n    severity\n    category\n    pAttack\n    acknowledged\n    acknowledgedBy\n    techniques {\n      id\n      name\n      url\n    }\n  }\n": types.AlertFeedItemFragmentDoc,
    "\n  query AlertFeedRecent {\n    alerts(limit: 20) {\n      items {\n        ...AlertFeedItem\n      }\n    }\n  }\n": types.AlertFeedRecentDocument,
    "\n  subscription AlertFeedLive {\n    alerts {\n      ...AlertFeedItem\n    }\n  }\n": types.AlertFeedLiveDocument,
    "\n  mutation AlertFeedAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledged\n      acknowledgedBy\n    }\n  }\n": types.AlertFeedAcknowledgeDocument,
    "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n": types.OverviewAuditDocument,
    "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n": types.OverviewAuditLiveDocument,
    "\n  query ChatConversations {\n    conversations(limit: 20) {\n      items {\n        id\n        title\n        turnCount\n        updatedAt\n      }\n    }\n  }\n": types.ChatConversationsDocument,
    "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n": types.OverviewClusterDocument,
    "\n  query DetectClassifiers {\n    classifiers {\n      id\n      family\n      task\n      status\n      promoted\n      threshold\n      createdAt\n      metrics {\n        split\n        accuracy\n        rocAuc\n        macro {\n          f1\n        }\n      }\n    }\n  }\n": types.DetectClassifiersDocument,
    "\n  mutation DetectPromote($id: ID!) {\n    promoteClassifier(id: $id) {\n      id\n      promoted\n    }\n  }\n": types.DetectPromoteDocument,
    "\n  mutation DetectClassify($records: [JSONObject!]) {\n    classifyRecords(records: $records) {\n      index\n      label\n      attack\n      pAttack\n      category\n      alert {\n        id\n        severity\n      }\n      contributions {\n        feature\n        value\n      }\n    }\n  }\n": types.DetectClassifyDocument,
    "\n  query DiffusionRuns {\n    runs(limit: 50) {\n      items {\n        id\n        dataset\n        status\n        step\n        loss\n        createdAt\n        config {\n          steps\n        }\n        report {\n          overall\n        }\n      }\n    }\n  }\n": types.DiffusionRunsDocument,
    "\n  mutation DiffusionStart($input: StartDiffusionRunInput!) {\n    startDiffusionRun(input: $input) {\n      id\n    }\n  }\n": types.DiffusionStartDocument,
    "\n  query DocumentsList {\n    documents(limit: 100) {\n      total\n      items {\n        id\n        title\n        mediaType\n        pages\n        chunks\n        attackId\n        ingestedAt\n      }\n    }\n  }\n": types.DocumentsListDocument,
    "\n  mutation DocumentsDelete($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n    }\n  }\n": types.DocumentsDeleteDocument,
    "\n  query DocumentsSearch($query: String!) {\n    search(query: $query, k: 10) {\n      chunkId\n      title\n      page\n      section\n      attackId\n      snippet\n      score\n      lexicalScore\n      vectorScore\n    }\n  }\n": types.DocumentsSearchDocument,
    "\n  mutation DocumentsIngest($uploadId: String!) {\n    ingestDocument(input: { uploadId: $uploadId }) {\n      created\n      unchanged\n      chunks\n      documents {\n        id\n        title\n      }\n    }\n  }\n": types.DocumentsIngestDocument,
    "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n": types.OverviewHealthDocument,
    "\n  query OverviewTraining {\n    runs(limit: 20) {\n      items {\n        id\n        dataset\n        status\n        config {\n          steps\n        }\n        lossCurve {\n          step\n          loss\n        }\n      }\n    }\n    classifiers {\n      id\n      family\n      task\n      status\n      createdAt\n    }\n  }\n": types.OverviewTrainingDocument,
    "\n  subscription TrainingRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      loss\n      etaSeconds\n    }\n  }\n": types.TrainingRunProgressDocument,
    "\n  fragment ChatCitation on AnswerCitation {\n    n\n    chunkId\n    documentId\n    title\n    page\n    attackId\n    snippet\n    score\n  }\n": types.ChatCitationFragmentDoc,
    "\n  subscription ChatAnswerStream($question: String!, $conversationId: ID) {\n    answerStream(question: $question, conversationId: $conversationId) {\n      kind\n      conversationId\n      text\n      outOfScope\n      answerer\n      citations {\n        ...ChatCitation\n      }\n    }\n  }\n": types.ChatAnswerStreamDocument,
    "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      turns {\n        question\n        answer\n        answerer\n        outOfScope\n        citations {\n          ...ChatCitation\n        }\n      }\n    }\n  }\n": types.ChatConversationDocument,
    "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n": types.SessionMeDocument,
    "\n  query DiffusionRun($id: ID!) {\n    run(id: $id) {\n      id\n      dataset\n      path\n      status\n      phase\n      step\n      loss\n      lr\n      etaSeconds\n      backend\n      error\n      rows\n      syntheticRows\n      syntheticCsvPath\n      config {\n        steps\n        batchSize\n        layers\n        timesteps\n        spreadTies\n      }\n      lossCurve {\n        step\n        loss\n      }\n      cleaning {\n        step\n        summary\n        rowsBefore\n        rowsAfter\n        columnsDropped\n      }\n      report {\n        overall\n        columnShapes\n        columnPairTrends\n        columns {\n          column\n          metric\n          score\n        }\n        pairs {\n          column1\n          column2\n          score\n        }\n        dcrBaselineProtection {\n          score\n          medianDcrSynthetic\n          medianDcrRandomBaseline\n        }\n        dcrOverfittingProtection {\n          score\n          closerToTraining\n        }\n      }\n    }\n  }\n": types.DiffusionRunDocument,
    "\n  subscription DiffusionRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      totalSteps\n      loss\n      lr\n      etaSeconds\n      rowsDone\n      rowsTotal\n    }\n  }\n": types.DiffusionRunProgressDocument,
    "\n  mutation DiffusionCancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.DiffusionCancelDocument,
    "\n  mutation DiffusionResume($id: ID!) {\n    resumeRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.DiffusionResumeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertFeedItem on Alert {\n    id\n    time\n    severity\n    category\n    pAttack\n    acknowledged\n    acknowledgedBy\n    techniques {\n      id\n      name\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment AlertFeedItem on Alert {\n    id\n    time\n    severity\n    category\n    pAttack\n    acknowledged\n    acknowledgedBy\n    techniques {\n      id\n      name\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertFeedRecent {\n    alerts(limit: 20) {\n      items {\n        ...AlertFeedItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertFeedRecent {\n    alerts(limit: 20) {\n      items {\n        ...AlertFeedItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AlertFeedLive {\n    alerts {\n      ...AlertFeedItem\n    }\n  }\n"): (typeof documents)["\n  subscription AlertFeedLive {\n    alerts {\n      ...AlertFeedItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AlertFeedAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledged\n      acknowledgedBy\n    }\n  }\n"): (typeof documents)["\n  mutation AlertFeedAcknowledge($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      id\n      acknowledged\n      acknowledgedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewAudit {\n    auditEvents(limit: 15) {\n      items {\n        id\n        action\n        actorName\n        role\n        outcome\n        errorCode\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription OverviewAuditLive {\n    auditEvent {\n      id\n      action\n      actorName\n      role\n      outcome\n      errorCode\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatConversations {\n    conversations(limit: 20) {\n      items {\n        id\n        title\n        turnCount\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatConversations {\n    conversations(limit: 20) {\n      items {\n        id\n        title\n        turnCount\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewCluster {\n    cluster {\n      source\n      windowSeconds\n      queueDepth\n      services {\n        service\n        requestsPerSecond\n        p95LatencyMs\n        errorRate\n        cpuPercent\n        memoryMb\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DetectClassifiers {\n    classifiers {\n      id\n      family\n      task\n      status\n      promoted\n      threshold\n      createdAt\n      metrics {\n        split\n        accuracy\n        rocAuc\n        macro {\n          f1\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DetectClassifiers {\n    classifiers {\n      id\n      family\n      task\n      status\n      promoted\n      threshold\n      createdAt\n      metrics {\n        split\n        accuracy\n        rocAuc\n        macro {\n          f1\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectPromote($id: ID!) {\n    promoteClassifier(id: $id) {\n      id\n      promoted\n    }\n  }\n"): (typeof documents)["\n  mutation DetectPromote($id: ID!) {\n    promoteClassifier(id: $id) {\n      id\n      promoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectClassify($records: [JSONObject!]) {\n    classifyRecords(records: $records) {\n      index\n      label\n      attack\n      pAttack\n      category\n      alert {\n        id\n        severity\n      }\n      contributions {\n        feature\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DetectClassify($records: [JSONObject!]) {\n    classifyRecords(records: $records) {\n      index\n      label\n      attack\n      pAttack\n      category\n      alert {\n        id\n        severity\n      }\n      contributions {\n        feature\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffusionRuns {\n    runs(limit: 50) {\n      items {\n        id\n        dataset\n        status\n        step\n        loss\n        createdAt\n        config {\n          steps\n        }\n        report {\n          overall\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiffusionRuns {\n    runs(limit: 50) {\n      items {\n        id\n        dataset\n        status\n        step\n        loss\n        createdAt\n        config {\n          steps\n        }\n        report {\n          overall\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiffusionStart($input: StartDiffusionRunInput!) {\n    startDiffusionRun(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DiffusionStart($input: StartDiffusionRunInput!) {\n    startDiffusionRun(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsList {\n    documents(limit: 100) {\n      total\n      items {\n        id\n        title\n        mediaType\n        pages\n        chunks\n        attackId\n        ingestedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsList {\n    documents(limit: 100) {\n      total\n      items {\n        id\n        title\n        mediaType\n        pages\n        chunks\n        attackId\n        ingestedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsDelete($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsDelete($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsSearch($query: String!) {\n    search(query: $query, k: 10) {\n      chunkId\n      title\n      page\n      section\n      attackId\n      snippet\n      score\n      lexicalScore\n      vectorScore\n    }\n  }\n"): (typeof documents)["\n  query DocumentsSearch($query: String!) {\n    search(query: $query, k: 10) {\n      chunkId\n      title\n      page\n      section\n      attackId\n      snippet\n      score\n      lexicalScore\n      vectorScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsIngest($uploadId: String!) {\n    ingestDocument(input: { uploadId: $uploadId }) {\n      created\n      unchanged\n      chunks\n      documents {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsIngest($uploadId: String!) {\n    ingestDocument(input: { uploadId: $uploadId }) {\n      created\n      unchanged\n      chunks\n      documents {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewHealth {\n    health {\n      status\n      version\n      mode\n      queueDepth\n      backends {\n        name\n        ok\n        latencyMs\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTraining {\n    runs(limit: 20) {\n      items {\n        id\n        dataset\n        status\n        config {\n          steps\n        }\n        lossCurve {\n          step\n          loss\n        }\n      }\n    }\n    classifiers {\n      id\n      family\n      task\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query OverviewTraining {\n    runs(limit: 20) {\n      items {\n        id\n        dataset\n        status\n        config {\n          steps\n        }\n        lossCurve {\n          step\n          loss\n        }\n      }\n    }\n    classifiers {\n      id\n      family\n      task\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrainingRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      loss\n      etaSeconds\n    }\n  }\n"): (typeof documents)["\n  subscription TrainingRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      loss\n      etaSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatCitation on AnswerCitation {\n    n\n    chunkId\n    documentId\n    title\n    page\n    attackId\n    snippet\n    score\n  }\n"): (typeof documents)["\n  fragment ChatCitation on AnswerCitation {\n    n\n    chunkId\n    documentId\n    title\n    page\n    attackId\n    snippet\n    score\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatAnswerStream($question: String!, $conversationId: ID) {\n    answerStream(question: $question, conversationId: $conversationId) {\n      kind\n      conversationId\n      text\n      outOfScope\n      answerer\n      citations {\n        ...ChatCitation\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatAnswerStream($question: String!, $conversationId: ID) {\n    answerStream(question: $question, conversationId: $conversationId) {\n      kind\n      conversationId\n      text\n      outOfScope\n      answerer\n      citations {\n        ...ChatCitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      turns {\n        question\n        answer\n        answerer\n        outOfScope\n        citations {\n          ...ChatCitation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      turns {\n        question\n        answer\n        answerer\n        outOfScope\n        citations {\n          ...ChatCitation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query SessionMe {\n    me {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffusionRun($id: ID!) {\n    run(id: $id) {\n      id\n      dataset\n      path\n      status\n      phase\n      step\n      loss\n      lr\n      etaSeconds\n      backend\n      error\n      rows\n      syntheticRows\n      syntheticCsvPath\n      config {\n        steps\n        batchSize\n        layers\n        timesteps\n        spreadTies\n      }\n      lossCurve {\n        step\n        loss\n      }\n      cleaning {\n        step\n        summary\n        rowsBefore\n        rowsAfter\n        columnsDropped\n      }\n      report {\n        overall\n        columnShapes\n        columnPairTrends\n        columns {\n          column\n          metric\n          score\n        }\n        pairs {\n          column1\n          column2\n          score\n        }\n        dcrBaselineProtection {\n          score\n          medianDcrSynthetic\n          medianDcrRandomBaseline\n        }\n        dcrOverfittingProtection {\n          score\n          closerToTraining\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiffusionRun($id: ID!) {\n    run(id: $id) {\n      id\n      dataset\n      path\n      status\n      phase\n      step\n      loss\n      lr\n      etaSeconds\n      backend\n      error\n      rows\n      syntheticRows\n      syntheticCsvPath\n      config {\n        steps\n        batchSize\n        layers\n        timesteps\n        spreadTies\n      }\n      lossCurve {\n        step\n        loss\n      }\n      cleaning {\n        step\n        summary\n        rowsBefore\n        rowsAfter\n        columnsDropped\n      }\n      report {\n        overall\n        columnShapes\n        columnPairTrends\n        columns {\n          column\n          metric\n          score\n        }\n        pairs {\n          column1\n          column2\n          score\n        }\n        dcrBaselineProtection {\n          score\n          medianDcrSynthetic\n          medianDcrRandomBaseline\n        }\n        dcrOverfittingProtection {\n          score\n          closerToTraining\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DiffusionRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      totalSteps\n      loss\n      lr\n      etaSeconds\n      rowsDone\n      rowsTotal\n    }\n  }\n"): (typeof documents)["\n  subscription DiffusionRunProgress($runId: ID!) {\n    runProgress(runId: $runId) {\n      status\n      phase\n      step\n      totalSteps\n      loss\n      lr\n      etaSeconds\n      rowsDone\n      rowsTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiffusionCancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DiffusionCancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiffusionResume($id: ID!) {\n    resumeRun(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DiffusionResume($id: ID!) {\n    resumeRun(id: $id) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;