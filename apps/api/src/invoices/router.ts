import { z } from "zod";
import { plainString } from "@reskontra/contracts/shared";
import { router } from "../trpc/init";
import { idOutput, okOutput } from "../trpc/outputs";
import { authedProcedure, roleProcedure, tenantProcedure } from "../trpc/procedures";
import { createCustomer, listCustomers, updateCustomer } from "./customers";
import { createDraft, updateDraft } from "./drafts";
import { addInvoiceMessage } from "./messages";
import { invoicePdf } from "./invoice-pdf";
import { invoiceDetail, openReceivables, ownInvoices, searchInvoices, unsentQueue } from "./queries";
import { createCreditNote, recordPayment } from "./receivables";
import { receivablesAgeing } from "./receivables-ageing";
import {
  customerOutput,
  invoiceDetailOutput,
  invoiceOutput,
  invoiceSummary,
  pdfOutput,
  receivablesAgeingOutput,
  sendOutput,
  unsentItem,
} from "./outputs";
import {
  addMessageInput,
  createCreditNoteInput,
  customerInput,
  invoiceDraftInput,
  receivablesAgeingInput,
  recordPaymentInput,
  returnForCorrectionInput,
} from "@reskontra/contracts/invoices";
import { returnForCorrection, sendInvoice } from "./send-invoice";
import { submitInvoice } from "./submit-invoice";

const userProcedure = tenantProcedure("user");
const agentProcedure = roleProcedure("agent");
const invoiceId = z.object({ invoiceId: z.uuid() });

export const customersRouter = router({
  list: userProcedure
    .input(z.object({ query: plainString().max(200).optional() }))
    .output(z.array(customerOutput))
    .query(({ ctx, input }) => listCustomers(ctx, input.query)),
  create: userProcedure
    .input(customerInput)
    .output(customerOutput)
    .mutation(({ ctx, input }) => createCustomer(ctx, input)),
  update: userProcedure
    .input(z.object({ customerId: z.uuid(), customer: customerInput }))
    .output(customerOutput)
    .mutation(({ ctx, input }) => updateCustomer(ctx, input.customerId, input.customer)),
});

export const invoicesRouter = router({
  // The user's side
  mine: userProcedure.output(z.array(invoiceSummary)).query(({ ctx, input }) => ownInvoices(ctx, input.organizationId)),
  create: userProcedure
    .input(invoiceDraftInput)
    .output(invoiceOutput)
    .mutation(({ ctx, input }) => createDraft(ctx, input)),
  update: userProcedure
    .input(z.object({ invoiceId: z.uuid(), invoice: invoiceDraftInput }))
    .output(invoiceOutput)
    .mutation(({ ctx, input }) => updateDraft(ctx, input.invoiceId, input.invoice)),
  submit: authedProcedure
    .input(invoiceId)
    .output(invoiceOutput)
    .mutation(({ ctx, input }) => submitInvoice(ctx, input.invoiceId)),
  addMessage: authedProcedure
    .input(addMessageInput)
    .output(idOutput)
    .mutation(({ ctx, input }) => addInvoiceMessage(ctx, input.invoiceId, input.body)),

  // Either side, each sees what it may
  get: authedProcedure
    .input(invoiceId)
    .output(invoiceDetailOutput)
    .query(({ ctx, input }) => invoiceDetail(ctx, input.invoiceId)),
  pdf: authedProcedure
    .input(invoiceId)
    .output(pdfOutput)
    .query(({ ctx, input }) => invoicePdf(ctx, input.invoiceId)),
  search: authedProcedure
    .input(z.object({ query: plainString().trim().min(1).max(100) }))
    .output(z.array(invoiceSummary))
    .query(({ ctx, input }) => searchInvoices(ctx, input.query)),
  openReceivables: authedProcedure.output(z.array(invoiceSummary)).query(({ ctx }) => openReceivables(ctx)),
  receivablesAgeing: authedProcedure
    .input(receivablesAgeingInput)
    .output(receivablesAgeingOutput)
    .query(({ ctx, input }) => receivablesAgeing(ctx, input)),

  // Customer service
  unsent: agentProcedure.output(z.array(unsentItem)).query(({ ctx }) => unsentQueue(ctx)),
  send: agentProcedure
    .input(invoiceId)
    .output(sendOutput)
    .mutation(async ({ ctx, input }) => {
      const dispatch = await sendInvoice(ctx, input.invoiceId);
      return { dispatchId: dispatch.id, channel: dispatch.channel };
    }),
  returnForCorrection: agentProcedure
    .input(returnForCorrectionInput)
    .output(okOutput)
    .mutation(({ ctx, input }) => returnForCorrection(ctx, input.invoiceId, input.message)),
  recordPayment: agentProcedure
    .input(recordPaymentInput)
    .output(invoiceOutput)
    .mutation(({ ctx, input }) => recordPayment(ctx, input)),
  createCreditNote: agentProcedure
    .input(createCreditNoteInput)
    .output(invoiceOutput)
    .mutation(({ ctx, input }) => createCreditNote(ctx, input)),
});
