import { graphql } from '../api/generated';

// The documents of 导出: queue a numbered workbook's export, follow the jobs, and the export register.
// `npm run codegen -w client` types every document of src/ into api/generated.

export const ExportRegisterQuery = graphql(`
  query ExportRegister($projectId: ID, $period: String) {
    exportRegister(projectId: $projectId, period: $period, first: 200) {
      totalCount
      edges { node { id period sequence number archived exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }
    }
  }
`);

export const QueueExportMutation = graphql(`
  mutation QueueQuarterlyWorkbookExport($input: ExportQuarterlyWorkbookInput!) {
    queueQuarterlyWorkbookExport(input: $input) {
      job { id number state }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const ExportJobsQuery = graphql(`
  query ExportJobs($projectId: ID) {
    exportJobs(projectId: $projectId, first: 20) {
      edges { node { id number period state progress rowsWritten rowsTotal error requestedAt requestedBy { displayName } workbook { id number downloadUrl } } }
    }
  }
`);
