// The classifier's principles for financial tools (money moved or owed).
// One table per principle (shared/LABELS.md), with invented tools: each row states what the principle
// predicts for a tool whose text exercises it.
import { describe } from 'vitest';
import { check, tool } from '../table.ts';
import { server, GENERIC, SHOP, NOTES } from './contexts.ts';

describe('money and destruction', () => {
  check([
    ['changing a subscription on a money server', tool('update_subscription', 'Changes the plan of a subscription.'), SHOP, 'financial', 'critical'],
    ['the same name on a notes server', tool('update_subscription', 'Changes which notebooks you follow.'), NOTES, 'write', undefined],
    ['voiding an invoice', tool('void_invoice', 'Voids an invoice.'), GENERIC, 'destructive', 'critical'],
    ['expiring a session link', tool('expire_share_link', 'Expires a share link so it no longer works.'), GENERIC, 'destructive', 'critical'],
    ['flushing a queue', tool('flush_queue', 'Flushes all pending messages from the queue.'), GENERIC, 'destructive', 'critical'],
    ['flushing a cache is bookkeeping', tool('flush_cache', 'Flushes the cache.'), GENERIC, 'write', undefined],
  ]);
});

describe('money: what moves now is critical, what someone pays later is high', () => {
  check([
    ['a refund moves money', tool('create_refund', 'Refund a payment.'), SHOP, 'financial', 'critical'],
    ['an invoice is an obligation paid later', tool('create_invoice', 'Create an invoice for a customer.'), SHOP, 'financial', 'high'],
    ['a payment link is paid later, by whoever uses it', tool('create_payment_link', 'Create a payment link for a price.'), SHOP, 'financial', 'high'],
    ['turning off auto-renewal stops future charges', tool('disable_auto_renewal', 'Disable auto-renewal for a subscription.'), SHOP, 'financial', 'high'],
    ['a price on a product is a price tag', tool('create_product_variant', 'Add a variant to a product.', { amount: { type: 'integer' }, currency: { type: 'string' } }), SHOP, 'write', 'medium'],
    ['cancelling a subscription is critical', tool('cancel_subscription', 'Cancel a subscription.'), SHOP, 'financial', 'critical'],
  ]);
});

describe('money on chains, exchanges and ledgers', () => {
  const CHAIN = server('bnb-chain', ['transfer_erc20', 'get_balance', 'approve_token_spending']);
  const EXCHANGE = server('exchange-mcp', ['fetch-ticker', 'place-market-order']);
  check([
    ['a transfer on a chain moves value', tool('transfer_erc1155', 'Transfer an ERC1155 token to an address.'), CHAIN, 'financial', 'critical'],
    ['approving token spending lets others spend funds', tool('approve_token_spending', 'Approve another address to spend your tokens.'), CHAIN, 'financial', 'critical'],
    ['a market order on futures is a trade', tool('place-futures-market-order', 'Place a futures market order.'), EXCHANGE, 'financial', 'critical'],
    ['an invoice is a bill on any server', tool('create-invoice', 'Create an invoice for a contact.'), GENERIC, 'financial', 'high'],
    ['reading an invoice, named verb-last, is a read', tool('sales_invoice_get', 'Get a sales invoice.'), GENERIC, 'read', 'medium'],
    ['a free transfer is not a payment', tool('claim_free_domain_transfer', 'Claim a free domain transfer.'), SHOP, 'write', undefined],
    ['an address derived from a key does not return the key', tool('get_address_from_private_key', 'Derive the address of a private key.'), CHAIN, 'read', 'low'],
  ]);
});

describe('paying for work moves money, on any server and under any verb', () => {
  const TASKS = server('crowd-tasks-mcp', ['post_task', 'check_task', 'list_workers']);
  check([
    ['a task with a budget in dollars spends it', tool('post_task', 'Post a task for human workers.', { title: { type: 'string' }, budget_usd: { type: 'number' } }), TASKS, 'financial', undefined],
    ['asking a human with a budget pays them, though "ask" reads', tool('ask_human', 'Ask a human worker and wait for the answer.', { question: { type: 'string' }, budget_usd: { type: 'number' } }), TASKS, 'financial', undefined],
    ['a contest prize is paid out', tool('post_contest', 'Post a contest.', { prize: { type: 'number' } }), TASKS, 'financial', undefined],
    ['releasing a payment in the description moves money', tool('approve_submission', "Approve a worker's submission and release their payment to their wallet.", { submission_id: { type: 'string' } }), TASKS, 'financial', 'critical'],
    ['accepting a payment dispute refunds the buyer', tool('accept_payment_dispute', 'Accept a payment dispute.'), GENERIC, 'financial', undefined],
    ['negative: updating a dispute with evidence moves nothing', tool('update_dispute', 'Submit evidence for a dispute.'), SHOP, 'write', undefined],
    ['negative: a token budget is not money', tool('summarise', 'Summarise a text.', { max_tokens: { type: 'integer' } }), GENERIC, 'read', 'low'],
    ['negative: estimating a cost in dollars spends nothing', tool('estimate_cost', 'Estimate the cost of a job. Read-only.', { amount_usd: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('money and personal data named in passing', () => {
  check([
    ['claiming fees to a wallet moves money', tool('claim_fees', 'Claim accrued fees for a token you launched; they are paid to your wallet in ETH.'), GENERIC, 'financial', undefined],
    ['negative: claiming a task moves nothing', tool('claim_task', 'Claim a task from the queue.'), GENERIC, 'write', undefined],
    ['brokerage positions are financial records', tool('get_positions', 'Get the current positions of the account.'), GENERIC, 'read', 'medium'],
    ['saved delivery addresses are personal data', tool('get_addresses', "Get the user's saved delivery addresses."), GENERIC, 'read', 'medium'],
    ['a bullet starts a new item, not the tool\'s action', tool('hl_fills', 'Hyperliquid trade fills. • by_address — fills by wallet. • by_oid — fills by order id.'), GENERIC, 'read', undefined],
  ]);
});

describe('payment mandates, filter enums, granted access and browser automation', () => {
  check([
    ['creating a payment mandate authorises spending', tool('create_intent_mandate', 'Create an intent mandate authorising purchases up to a maximum amount.'), server('agentic-payments', ['create_intent_mandate', 'sign_mandate', 'verify_payment']), 'financial', 'high'],
    ['an action enum described as a filter picks what is shown', tool('object_timeline', 'Returns the snapshots of an object over time.', { action: { type: 'string', enum: ['create', 'update', 'delete'], description: 'Filter to mutations of this kind' } }), GENERIC, 'read', undefined],
    ['"grant or revoke" access takes back what can be granted again', tool('manage_field_permissions', 'Grant or revoke field-level access for profiles.'), GENERIC, 'write', undefined],
    ['a prompt to an automated browser drives it', tool('ai_browser', 'AI-powered browser automation using natural language.', { url: { type: 'string' }, prompt: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a prompt to a text model only generates', tool('generate_text', 'Generate text from a prompt.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('changing or pausing a paid subscription changes what is charged', () => {
  check([
    ['a registry\'s subscription tier', tool('registry-subscription-update', 'Update the container registry subscription tier.'), GENERIC, 'financial', undefined],
    ['pausing billing stops future charges (high)', tool('subscriptions-pause', 'Pause a subscription. Stop billing while retaining it for later.'), GENERIC, 'financial', 'high'],
    ['negative: a notification subscription is not paid for', tool('update_notification_subscription', 'Update a notification subscription.'), GENERIC, 'write', 'medium'],
    ['negative: a subscription with no word of payment is a preference', tool('update_subscription', 'Update which topics a subscription follows.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('setting up automatic charges is a financial obligation', () => {
  check([
    ['an auto-refill of credits with a threshold and an amount', tool('configure_auto_refill', 'Configure automatic credit refill settings', { enabled: { type: 'boolean' }, threshold: { type: 'number' }, amount: { type: 'number' } }), GENERIC, 'financial', 'high'],
    ['turning on autopay', tool('enable_autopay', 'Enable autopay for the account.'), GENERIC, 'financial', 'high'],
    ['negative: reading the auto-refill status', tool('check_balance', 'Check current credit balance and auto-refill status'), GENERIC, 'read', undefined],
    ['negative: an automatic backup costs nothing', tool('configure_auto_backup', 'Configure automatic backup settings'), GENERIC, 'write', undefined],
  ]);
});

describe('cancelling an order in a shop calls off a sale', () => {
  const SHOP_SERVER = server('headless-commerce-mcp', ['create_product', 'cancel_order', 'list_orders']);
  check([
    ['cancelling an order in a shop', tool('cancel_order', 'Cancel an order with an optional reason.'), SHOP_SERVER, 'financial', 'high'],
    ['negative: cancelling a task on a to-do server', tool('cancel_task', 'Cancel a task.'), GENERIC, 'write', undefined],
    ['negative: a refund moves money', tool('refund_order', 'Refund an order in full.'), SHOP_SERVER, 'financial', 'critical'],
  ]);
});

describe('holding a card\'s funds or capturing them moves money', () => {
  check([
    ['a two-step payment that blocks funds, with no verb in its name', tool('auth', 'Two-step payment (authorization/hold). Funds are blocked but not captured until confirmed.', { amount: { type: 'number' }, cardToken: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['confirming captures the held funds', tool('confirm', 'Confirm an authorized payment to capture the held funds.', { transactionId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a terms-of-service token that mentions funds', tool('accounts-get-terms-of-service-token', 'Generates a token used to accept the terms of service. Any account requesting the collect funds or send funds capabilities must accept them.'), GENERIC, 'read', undefined],
    ['negative: a list of held funds', tool('list_holds', 'List the funds held on the account.'), GENERIC, 'read', undefined],
  ]);
});

describe('an exchange\'s orders, margin, withdrawals and deposits are money', () => {
  const exchange = server('exchange-mcp', ['place_order', 'place_orders_batch', 'adjust_isolated_margin', 'get_withdrawals', 'list_bridge_deposits', 'get_markets']);
  check([
    ['placing a batch of orders', tool('place_orders_batch', 'Submit multiple orders in one request. This submits REAL orders to the matching engine.', { orders: { type: 'array', items: { type: 'object' } } }), exchange, 'financial', 'critical'],
    ['adding or removing margin on an open position', tool('adjust_isolated_margin', 'Add or remove isolated margin on an open position.', { market_id: { type: 'string' }, amount: { type: 'string' } }), exchange, 'financial', 'critical'],
    ['the account\'s withdrawal history', tool('get_withdrawals', 'List the authenticated account\'s withdrawal history.'), exchange, 'read', 'medium'],
    ['its deposits', tool('list_bridge_deposits', 'List the authenticated account\'s cross-chain deposits.'), exchange, 'read', 'medium'],
    ['negative: a place on a map', tool('maps_place_details', 'Get detailed information about a specific place.', { place_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: placing a marker', tool('place_marker', 'Place a marker on the map.'), GENERIC, 'write', 'medium'],
    ['negative: adjusting the brightness', tool('adjust_brightness', 'Adjust the screen brightness.'), GENERIC, 'write', undefined],
  ]);
});

describe('completing a draft order makes it a real sale, paid or billed: financial/high', () => {
  check([
    ['completing a draft order', tool('complete_draft_order', 'Convert a draft order into a real order. Optionally mark as paid or send invoice.', { id: { type: 'string' }, payment_pending: { type: 'boolean' } }), GENERIC, 'financial', 'high'],
    ['finalising one, in another style', tool('draftOrderFinalize', 'Finalize a draft order.', { id: { type: 'string' } }), GENERIC, 'financial', 'high'],
    ['negative: creating a draft order is a draft', tool('create_draft_order', 'Create a draft order.', { lineItems: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: completing a task', tool('complete_task', 'Mark a task as complete.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a seller conceding what a buyer asked for refunds them; calling off a sale or a payment request moves no money', () => {
  const shop = server('Acme marketplace orders, returns and shipping', ['get_order', 'cancel_order', 'accept_return_offer']);
  const payments = server('Acme crypto payments', ['create_charge', 'cancel_charge', 'resolve_charge']);
  check([
    ['accepting a buyer\'s return offer', tool('accept_return_offer', 'Accept the buyer\'s return offer, ending negotiation in the buyer\'s favor.', { return_sn: { type: 'string' } }), shop, 'financial', 'critical'],
    ['approving a refund request, in another style', tool('refundRequestApprove', 'Approve a customer\'s refund request.', { requestId: { type: 'string' } }), shop, 'financial', 'critical'],
    ['cancelling an order on a marketplace', tool('cancel_order', 'Cancel an order that has not yet shipped.', { order_sn: { type: 'string' } }), shop, 'financial', 'high'],
    ['…and with an option to refund the payment', tool('cancel_order', 'Cancel an order.', { id: { type: 'string' }, refund: { type: 'boolean' } }), shop, 'financial', 'critical'],
    ['a charge that is a payment request the buyer settles', tool('create_charge', 'Create a crypto charge: a one-time merchant invoice that a buyer can settle in BTC or ETH.', { name: { type: 'string' }, local_price: { type: 'object', properties: { amount: { type: 'string' }, currency: { type: 'string' } } } }), payments, 'financial', 'high'],
    ['cancelling an unpaid charge', tool('cancel_charge', 'Cancel a charge that has not yet been paid.', { code: { type: 'string' } }), payments, 'financial', 'high'],
    ['resolving a charge as paid by hand', tool('resolve_charge', 'Manually resolve a charge as paid.', { code: { type: 'string' } }), payments, 'financial', 'high'],
    ['negative: accepting an invitation', tool('accept_invitation', 'Accept an invitation to a team.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: paying an invoice moves money', tool('create_invoice_payment', 'Create a payment for an invoice.', { invoiceId: { type: 'string' }, amount: { type: 'number' }, currency: { type: 'string' } }), payments, 'financial', 'critical'],
    ['negative: resolving a review thread', tool('resolve_thread', 'Resolve a review thread.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('usage reported for a metered subscription is what the subscriber is billed: financial', () => {
  check([
    ['a usage record on a metered subscription item', tool('create_usage_record', 'Report usage for a metered subscription item.', { subscriptionItemId: { type: 'string' }, quantity: { type: 'number' } }), GENERIC, 'financial', 'critical'],
    ['negative: a usage alert trigger', tool('create_usage_trigger', 'Create a usage trigger that calls a webhook when usage passes a threshold.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: reading usage', tool('get_usage_records', 'List usage records of a metered subscription.', { subscriptionItemId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('moving money again (redebit, recharge) moves money; a payroll\'s pay schedule is a thing', () => {
  check([
    ['re-debiting a bank account', tool('recovery-cases_redebit', 'Initiate a redebit for a recovery case.', { recoveryCaseId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['recharging a card, in another style', tool('rechargeCard', 'Recharge the customer\'s card for a failed payment.', { customerId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['a pay schedule\'s preview', tool('pay-schedules_get-preview', 'Preview the pay periods of a pay schedule.', { companyId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: recalling a memory is a read', tool('recall', 'Recall memories similar to a query.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: paying a payroll moves money', tool('pay_payroll', 'Pay the payroll for a pay period.', { payrollId: { type: 'string' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('on a shop or a merchant\'s server, to order is to buy: financial', () => {
  check([
    ['ordering a product from a merchant', tool('orderCoffee', 'Place an order by product name and size.', { productName: { type: 'string' }, spec: { type: 'string' } }), server('merchant_001', ['queryCafeAndProducts', 'orderCoffee']), 'financial', undefined],
    ['the same on a shop, in another style', tool('order_item', 'Order an item from the store.', { sku: { type: 'string' } }), server('acme-shop-mcp', ['list_items', 'order_item']), 'financial', undefined],
    ['negative: shipping an order on a marketplace fulfils it', tool('ship_order', 'Arrange shipment for an order.', { orderSn: { type: 'string' } }), server('shopee-mcp', ['get_order_list', 'ship_order']), 'write', undefined],
    ['negative: ordering on a to-do server sorts things', tool('order_tasks', 'Order the tasks of a list by priority.', { listId: { type: 'string' } }), NOTES, 'write', undefined],
  ]);
});

describe('creating a phone number on a telephony service rents it from the carrier: financial', () => {
  check([
    ['a new number for voice agents', tool('create_phone_number', 'Creates a new phone number', { areaCode: { type: 'number' }, nickname: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['a local incoming number, in another style', tool('CreateIncomingPhoneNumberLocal', 'Purchase a local phone number for the account.', { PhoneNumber: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a contact\'s phone number is a field', tool('create_contact_phone_number', 'Add a phone number to a contact.', { contactId: { type: 'string' }, number: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an add-on assigned to a number is no number', tool('CreateIncomingPhoneNumberAssignedAddOn', 'Assign an Add-on installation to the number.', { sid: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: listing numbers buys nothing', tool('list_phone_numbers', 'List the phone numbers of the account.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('verbs the rules did not know: funding a payment pays it; issuing a certificate, blocking a user and training a model change things', () => {
  check([
    ['funding a contractor payment', tool('contractor-payments_fund', 'Fund a contractor payment.', { contractor_payment_uuid: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['issuing a certificate', tool('issueCert', 'Issue a new cert', { cns: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['blocking a user', tool('block_user', 'Block a user by username.', { username: { type: 'string' } }), GENERIC, 'write', undefined],
    ['training a model', tool('learning_train', 'Train the policy using batch learning with collected experiences.', { epochs: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a funding rate is market data', tool('coin_funding_rate', 'Get the funding rate of a perpetual contract.', { symbol: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: an issue is a thing', tool('get_issue', 'Get an issue by number.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a page\'s blocks are things', tool('append_block_children', 'Append blocks to a page.', { blockId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: listing blocks of a chain reads', tool('get_block', 'Get a block by number from the chain.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('reversing a transaction, a charge or a credit on a server that handles money sends the money back, as voiding one does: financial', () => {
  check([
    ['a credit transaction reversed', tool('customer-credits-reverse-transaction', 'Reverse a transaction\n\nReverse a previous credit or debit on this account. Creates a new transaction that undoes the original.', { id: { type: 'string' } }), SHOP, 'financial', 'critical'],
    ['a charge, in another style', tool('reverseCharge', 'Reverse a card charge.', { chargeId: { type: 'string' } }), SHOP, 'financial', undefined],
    ['negative: a reverse geocode looks up an address', tool('reverse_geocode', 'Reverse geocode coordinates to an address.', { lat: { type: 'number' }, lng: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: reversing a list on a to-do server', tool('reverse_list', 'Reverse the order of a list.', { listId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('revoking or terminating a paid subscription cancels it ("cancel subscription" is financial)', () => {
  check([
    ['a subscription revoked', tool('subscriptions-revoke', 'Revoke Subscription. Revoke a subscription, i.e cancel immediately.', { id: { type: 'string' } }), SHOP, 'financial', 'critical'],
    ['terminated, in another style', tool('terminateSubscription', 'Terminate the customer\'s subscription now.', { subscriptionId: { type: 'string' } }), SHOP, 'financial', undefined],
    ['negative: a token revoked on the same server', tool('revoke_token', 'Revoke an API token.', { id: { type: 'string' } }), SHOP, 'destructive', undefined],
    ['negative: a subscription revoked on a to-do server', tool('revoke_subscription', 'Revoke a subscription to a list.', { id: { type: 'string' } }), NOTES, 'destructive', undefined],
  ]);
});

describe('a request for a money act (a wire-in request, a withdrawal request) asks for that act: submitting it is financial', () => {
  const PAYROLL = server('gusto-mcp', ['payrolls_submit', 'wire-in-requests_get', 'wire-in-requests_submit', 'payments_list', 'create_payment']);
  check([
    ['a wire-in request submitted', tool('wire-in-requests_submit', 'Submit a wire in request. Submit a wire in request for a payment.', { request: { type: 'object' } }), PAYROLL, 'financial', 'critical'],
    ['a withdrawal request, in another style', tool('createWithdrawalRequest', 'Create a withdrawal request from the wallet.', { amount: { type: 'number' } }), PAYROLL, 'financial', undefined],
    ['negative: reading one', tool('wire-in-requests_get', 'Get a wire in request.', { id: { type: 'string' } }), PAYROLL, 'read', undefined],
    ['negative: a project transfer request moves a project', tool('projects-create-project-transfer-request', 'Create a project transfer request to another team.', { projectId: { type: 'string' } }), PAYROLL, 'write', undefined],
  ]);
});

describe('an invoice schedule on a server that handles money sets up recurring bills: an obligation (financial), as an invoice is', () => {
  const CRM = server('0nmcp', ['crm_createInvoice', 'crm_createInvoiceSchedule', 'crm_listPayments']);
  check([
    ['an invoice schedule created', tool('crm_createInvoiceSchedule', 'Create Invoice Schedule. API to create an invoice Schedule', { location_id: { type: 'string' } }), CRM, 'financial', 'high'],
    ['negative: a meeting schedule', tool('create_schedule', 'Create a schedule for the team\'s meetings.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('submitting or running a payroll pays the people on it (financial), and payrolls read are pay records (medium)', () => {
  const GUSTO = server('@gusto/embedded-api', ['payrolls_submit', 'payrolls_get', 'employees_get']);
  check([
    ['a payroll submitted', tool('payrolls_submit', 'Submit payroll. Submits an unprocessed payroll to be calculated and run.', { request: { type: 'object' } }), GUSTO, 'financial', 'critical'],
    ['payrolls listed', tool('payrolls_list', 'Get all payrolls for a company', { request: { type: 'object' } }), GUSTO, 'read', 'medium'],
    ['negative: a payroll\'s pay schedule read', tool('pay-schedules_get', 'Get a pay schedule', { request: { type: 'object' } }), GUSTO, 'read', 'low'],
  ]);
});

describe('generating a payment or checkout link creates it, as creating one does (financial/high)', () => {
  const CRM = server('0nmcp', ['crm_generatePaymentLink', 'crm_createInvoice', 'crm_listPayments']);
  check([
    ['a payment link generated', tool('crm_saas_generate_payment_link', 'Generate a payment link for a SaaS plan.', { planId: { type: 'string' } }), CRM, 'financial', 'high'],
    ['negative: a link preview generated', tool('generate_link_preview', 'Generate a preview card for a link.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('from catalogue-sample5\'s misses: a cancellation created is a cancel; a calendar event cancelled is a meeting called off; a load into a table imports; going forward in a browser is a step; mail to a sandbox reaches no one', () => {
  const MOOV = server('moov-payments', ['transfers-create', 'transfers-create-cancellation', 'payments_list']);
  const DRIVEN = server('playwright-mcp', ['playwright_click', 'playwright_navigate', 'playwright_go_forward']);
  check([
    ['a transfer\'s cancellation initiated', tool('transfers-create-cancellation', 'Initiate a cancellation for a card, ACH, or queued transfer.', { request: { type: 'object' } }), MOOV, 'financial', 'critical'],
    ['a calendar event cancelled', tool('cancel-calendar-event', 'This action allows the organizer of a meeting to send a cancellation message and cancel the event.', { eventId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a CSV loaded into a database', tool('load_csv', 'Load a CSV file into DuckDB', { path: { type: 'string' }, table_name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['forward in the browser\'s history', tool('playwright_go_forward', 'Navigate forward in browser history', {}), DRIVEN, 'execute', undefined],
    ['mail sent to a test inbox', tool('send-sandbox-email', 'Send an email in sandbox mode to a test inbox without delivering to your recipients', { to: { type: 'string' }, cc: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an order cancelled on a shop', tool('cancel_order', 'Cancel an order.', { id: { type: 'string' } }), server('shopify', ['cancel_order', 'list_products', 'create_refund']), 'financial', undefined],
    ['negative: a file loaded to read it', tool('load_file', 'Load a file and return its text.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a message forwarded', tool('forward_message', 'Forward a message to another recipient.', { id: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a real email sent', tool('send_email', 'Send an email to recipients.', { to: { type: 'string' }, cc: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('paying a group of contractors moves money; funds are financial records; a view before a final CRUD verb is a kind of resource', () => {
  check([
    ['a contractor payment group paid', tool('contractor-payment-groups_create', 'Create a contractor payment group Pay a group of contractors.', { request: { type: 'object' } }), GENERIC, 'financial', 'critical'],
    ['funds checked', tool('crm_marketplace_has_funds', 'Check if a location has sufficient funds for a marketplace charge.', { locationId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a deposit view created', tool('deposit-view-create', 'Ingest a deposit account into the deposit view.', { request: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a file viewed', tool('view_file', 'View the contents of a file.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a payment group created, nothing paid', tool('create_group', 'Create a group of contractors.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a description that says it is sending small credit transfers (micro-deposits) moves money', () => {
  const PAY = server('moov', ['transfers-create', 'payments_list', 'bank-accounts-initiate-micro-deposits']);
  check([
    ['micro-deposits initiated', tool('bank-accounts-initiate-micro-deposits', 'Use this method to initiate the micro-deposit verification, sending two small credit transfers to the bank account you want to confirm.', { bankAccountID: { type: 'string' } }), PAY, 'financial', undefined],
    ['negative: micro-deposits completed by their amounts', tool('bank-accounts-complete-micro-deposits', 'Complete the micro-deposit validation process by passing the amounts of the two transfers.', { amounts: { type: 'array' } }), PAY, 'write', undefined],
  ]);
});

describe('setting the fees someone is charged, on a server that handles money, is a financial obligation (financial, high)', () => {
  check([
    ['late fees configured on invoices', tool('crm_updateInvoiceLateFeesConfiguration', 'Update invoice late fees configuration.', { invoiceId: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['a fee plan agreement created', tool('fee-plans-create-fee-plan-agreements', 'Create a fee plan agreement for an account.', { accountID: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['negative: fees listed', tool('fee-plans-list-fees', 'List the fees of an account.', { accountID: { type: 'string' } }), SHOP, 'read', undefined],
    ['negative: a fee field on a to-do server', tool('update_fee_note', 'Update the note about fees.', { id: { type: 'string' } }), NOTES, 'write', undefined],
  ]);
});

describe('a purchase or a sales order drawn up in an ERP is a document of what will be owed, not a payment (financial, high)', () => {
  check([
    ['a purchase order created', tool('erpnext_purchase_order_create', 'Create a purchase order for a supplier.', { supplier: { type: 'string' }, items: { type: 'array', items: { type: 'object' } } }), SHOP, 'financial', 'high'],
    ['negative: a purchase order paid with a payment method', tool('billing_createPurchaseOrderV1', 'Create a purchase order for any product. If no payment method is provided, your default payment method is charged.', { payment_method_id: { type: 'number' }, items: { type: 'array', items: { type: 'object' } } }), SHOP, 'financial', 'critical'],
    ['negative: an order placed on an exchange', tool('create_order', 'Place a limit order to buy BTC.', { symbol: { type: 'string' }, amount: { type: 'number' }, price: { type: 'number' } }), server('exchange-mcp', ['create_order', 'get_balance', 'withdraw']), 'financial', 'critical'],
  ]);
});

describe('a checkout session created is the page where the buyer pays: the purchase happens when they complete it (financial, high); a payment taken at once stays critical', () => {
  check([
    ['a plan checkout session', tool('billing_checkout', 'Create plan checkout session.', { planCode: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['a one-time credits checkout session', tool('billing_credits_checkout', 'Create one-time credits checkout session.', { packageCode: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['negative: a card charged', tool('charge_card', 'Charge the customer\'s saved card now.', { amount: { type: 'number' }, currency: { type: 'string' } }), SHOP, 'financial', 'critical'],
  ]);
});

describe('an amount sent in a token that names a crypto currency (`token: [USDC, USDT]`) moves money, as an amount with a currency does; an API token is no currency', () => {
  check([
    ['stablecoins sent from a wallet', tool('wallet_send', 'Send USDC or USDT from the room\'s wallet to an address.', { to: { type: 'string' }, amount: { type: 'string' }, token: { type: 'string', enum: ['usdc', 'usdt'] } }), GENERIC, 'financial', 'critical'],
    ['negative: an amount with an API token', tool('send_points', 'Send reward points to a user.', { to: { type: 'string' }, amount: { type: 'number' }, token: { type: 'string', description: 'Your API token' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a payment platform, posting a transaction whose entries debit and credit balances moves value between them: financial', () => {
  const PAY = server('creem-mcp', ['customers-list', 'payments-list', 'refunds-create', 'customer-credits-debit-account']);
  check([
    ['a balanced multi-entry transaction posted', tool('customer-credits-post-transaction', 'Post a multi-entry transaction. Entries must balance (total debits must equal total credits).', { request: { type: 'object' } }), PAY, 'financial', 'critical'],
    ['negative: a transaction note posted', tool('post_transaction_note', 'Post a note on a transaction.', { id: { type: 'string' }, note: { type: 'string' } }), PAY, 'write', undefined],
  ]);
});

describe('an organisation\'s subscription updated with the number of seats it pays for changes what it is charged, where nothing else on the server handles money: financial', () => {
  check([
    ['a password manager\'s subscription seats changed', tool('update_org_subscription', "Update the organization's current subscription for Password Manager and/or Secrets Manager", { passwordManager: { type: 'object', properties: { seats: { type: 'integer', description: 'Number of seats' }, storage: { type: 'integer' } } } }), GENERIC, 'financial', undefined],
    ['negative: the same update with only an auto-scale limit', tool('update_org_subscription', "Update the organization's current subscription for Password Manager", { passwordManager: { type: 'object', properties: { maxAutoScaleSeats: { type: 'integer' } } } }), GENERIC, 'write', undefined],
    ['negative: a change-notification subscription renewed', tool('update-subscription', 'Renew a change notification subscription by extending its expiry.', { subscriptionId: { type: 'string' }, expirationDateTime: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a wallet sweep configured (created or changed) pushes or pulls funds between a wallet and a bank on its own: money moves later without asking, as autopay: financial', () => {
  check([
    ['a sweep configuration created', tool('sweeps-create-config', 'Create a sweep config for a wallet.', { walletID: { type: 'string' }, pushPaymentMethodID: { type: 'string' } }), GENERIC, 'financial', 'high'],
    ['a sweep configuration updated', tool('sweeps-update-config', 'Update settings on a sweep config.', { sweepConfigID: { type: 'string' }, status: { type: 'string' } }), GENERIC, 'financial', 'high'],
    ['negative: sweep configurations listed', tool('sweeps-list-configs', 'List sweep configs for a wallet.', { walletID: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a call the description says pays for itself from the caller\'s wallet ("it will be paid automatically") moves money each time it is made: financial', () => {
  check([
    ['a URL fetched, paid for automatically', tool('x402_fetch', 'Fetch a URL with automatic x402 payment handling. If the endpoint requires payment, it will be paid automatically from the wallet.', { url: { type: 'string' }, method: { type: 'string' } }), GENERIC, 'financial', undefined],
    ['negative: a URL fetched', tool('fetch_url', 'Fetch a URL and return its content.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a state-changing function of a smart contract, called in a transaction the tool signs with the caller\'s own key, spends gas from that wallet and can move whatever the function moves: financial', () => {
  check([
    ['a contract written to with a private key', tool('write_contract', 'Write data to a smart contract by calling a state-changing function. By default returns a preview and confirmToken—call confirm_transfer with the token to execute.', { contractAddress: { type: 'string' }, abi: { type: 'array' }, functionName: { type: 'string' }, args: { type: 'array' }, privateKey: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a contract read with a view function', tool('read_contract', 'Read data from a smart contract by calling a view/pure function.', { contractAddress: { type: 'string' }, abi: { type: 'array' }, functionName: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a contract written to, no key handed over', tool('write_contract', 'Write data to a smart contract by calling a state-changing function.', { contractAddress: { type: 'string' }, functionName: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('issuing a gift card hands out value the shop owes whoever holds it: money, as a refund is', () => {
  check([
    ['a gift card created with a value', tool('createGiftCard', 'Create a gift card', { initialValue: { type: 'string' }, code: { type: 'string' }, recipientEmail: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: gift cards listed', tool('listGiftCards', 'List gift cards', { limit: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a card created on a board', tool('create_card', 'Create a card on a Trello board.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('signing a transaction whose text names a chain ("Signs a compiled Solana transaction") signs away what it carries, on a server whose name says nothing of money: financial', () => {
  const SIGNER = server('@example/signer-mcp', ['sign_transaction', 'sign_and_send_transaction', 'get_public_key']);
  check([
    ['a Solana transaction signed', tool('sign_transaction', 'Signs a compiled Solana transaction. Accepts a base64-encoded compiled transaction. Returns the fully-signed wire transaction ready for broadcast.', { transaction: { type: 'string' } }), SIGNER, 'financial', 'critical'],
    ['a Solana transaction signed and sent', tool('sign_and_send_transaction', 'Signs a compiled Solana transaction and immediately sends it to an RPC node.', { transaction: { type: 'string' }, rpcUrl: { type: 'string' } }), SIGNER, 'financial', 'critical'],
    ['negative: a transaction signed with no chain or money named', tool('sign_transaction', 'Signs a transaction record for the audit log.', { id: { type: 'string' } }), SIGNER, 'write', undefined],
  ]);
});

describe('a buy or sell cost, price, side or signal is a figure of the market, and orders grouped, placed or filtered are the orders themselves: neither is a trade', () => {
  check([
    ['a history of buy and sell costs', tool('get_strategy_execution_cost_history', 'Round-trip execution cost over time for a delta-neutral pair: short-leg sell cost + long-leg buy cost, per trade size. Database-backed.', { ticker: { type: 'string' } }), server('crypto-funding-mcp'), 'read', 'low'],
    ['orders grouped in a report', tool('get_sales_report', 'Orders grouped by traffic source. Default: total sales by referrer.', { startDate: { type: 'string' } }), SHOP, 'read', undefined],
    ['negative: a market buy', tool('place_trade', 'Buy or sell a token at market price.', { side: { type: 'string', enum: ['buy', 'sell'] }, amount: { type: 'number' } }), server('crypto-exchange-mcp'), 'financial', 'critical'],
  ]);
});

describe('a tool whose text says it places an order ("confirm=true to actually place the order") commits the buyer to pay: financial', () => {
  check([
    ['a food order checked out and placed', tool('doordash_checkout', 'Proceed to checkout and optionally place the order. Set confirm=false to preview order details, confirm=true to actually place the order.', { confirm: { type: 'boolean' } }), GENERIC, 'financial', 'critical'],
    ['negative: a cart filled, no order placed', tool('add_to_cart', 'Adds an item to the cart; no order is placed until checkout.', { itemId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('booking or reserving a flight, a hotel, a ticket or a trip buys it: the fare is charged (financial, critical); booking a meeting, a table or a reserved IP only holds it', () => {
  const TRAVEL = server('travel-mcp', ['search_flights', 'search_hotels', 'book_flight', 'book_hotel', 'get_booking']);
  check([
    ['a flight booked', tool('book_flight', 'Book a flight from a search result.', { offer_id: { type: 'string' }, passengers: { type: 'array' } }), TRAVEL, 'financial', 'critical'],
    ['a hotel booked', tool('book_hotel', 'Book one hotel rate for the given guests.', { rate_id: { type: 'string' } }), TRAVEL, 'financial', 'critical'],
    ['concert tickets reserved', tool('reserve_tickets', 'Reserve tickets for an event.', { event_id: { type: 'string' }, quantity: { type: 'number' } }), GENERIC, 'financial', 'critical'],
    ['negative: a meeting booked', tool('book_meeting', 'Book a meeting slot with a colleague.', { slot: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an IP reserved', tool('reserve_ip', 'Reserve a new public IP address.', { region: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a trading or money server, closing a position trades it at the market and redeeming an investment (savings, staking, a dual-currency deposit) takes the money out of it: financial, critical; redeeming a setup token or a coupon code is not an investment', () => {
  const EXCHANGE = { name: 'okx-trade-mcp', description: 'OKX exchange trading: spot, swap and futures orders, earn products', toolNames: ['spot_place_order', 'spot_cancel_order', 'swap_close_position', 'account_get_balance', 'onchain_earn_redeem', 'withdraw'] };
  check([
    ['a swap position closed', tool('swap_close_position', '[CAUTION] Close entire SWAP/FUTURES position at market.', { instId: { type: 'string' }, mgnMode: { type: 'string' } }), EXCHANGE, 'financial', 'critical'],
    ['a staking investment redeemed', tool('onchain_earn_redeem', 'Redeem a staking/DeFi investment. Some products have lock periods.', { ordId: { type: 'string' } }), EXCHANGE, 'financial', 'critical'],
    ['a futures position flattened', tool('flatten_position', 'Flatten the futures position for an instrument.', { instId: { type: 'string' } }), EXCHANGE, 'financial', 'critical'],
    ['negative: a setup token redeemed', tool('redeem_token', 'Exchange a one-time setup token for the site API keys.', { token: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a panel closed on a trading app', tool('close_panel', 'Close the positions panel.', {}), EXCHANGE, 'write', undefined],
  ]);
});

describe('creating what the description says is billed from its creation ("THIS COSTS MONEY — billed monthly from creation", "BILLABLE from creation until stop") rents a resource: a financial obligation, high, as nothing is paid at the call', () => {
  check([
    ['a database instance that costs money', tool('create_instance', 'Provisions a database or cache. THIS COSTS MONEY — the plan is billed monthly from creation until the instance is deleted.', { tier: { type: 'string' } }), server('managed-db-mcp'), 'financial', 'high'],
    ['a GPU pod billable from creation', tool('create-pod', 'Rent a GPU pod. BILLABLE from creation until stop/terminate: state the hourly price before creating.', { gpu: { type: 'object' } }), server('gpu-cloud-mcp'), 'financial', 'high'],
    ['a branch billed hourly', tool('create_branch', 'Creates a copy-on-write clone of an instance. A branch is billed hourly at its plan\'s rate.', { source: { type: 'string' } }), server('managed-db-mcp'), 'financial', 'high'],
    ['negative: a billable endpoint whose price is only quoted', tool('create-endpoint', 'Create a serverless endpoint. BILLABLE: state the GPU class\'s hourly price before creating.', { gpu: { type: 'object' } }), server('gpu-cloud-mcp'), 'write', 'high'],
    ['negative: a free project created', tool('create_project', 'Creates a project. Projects are free.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a tier that the description only names again ("PATCH /page/{slug}/tier") is no paid plan: only another word of money makes changing a tier financial', () => {
  check([
    ['a wiki page\'s visibility tier set', { ...tool('set_page_tier', 'Owner-only. Probes owner capability BEFORE sending content. PATCH /owner/page/{slug}/tier.', { slug: { type: 'string' }, tier: { type: 'string' } }), title: 'Change a page\'s visibility tier (owner-only)' }, GENERIC, 'write', undefined],
    ['negative: a subscription moved to a billed tier', tool('set_subscription_tier', 'Change the subscription to another tier; the new price is billed from the next cycle.', { tier: { type: 'string' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('a tool that states no action but takes an order\'s fields (a security, a quantity, and a price or a side: `stk_cd`, `ord_qty`, `ord_uv`) places or changes that order, whatever language its text is in: financial; a tool that says it only estimates an order stays a read', () => {
  const orderForm = { stk_cd: { type: 'string' }, ord_qty: { type: 'string' }, ord_uv: { type: 'string' }, trde_tp: { type: 'string' } };
  check([
    ['a buy order described in Korean', tool('kiwoom_ordr_kt10000', '주식 매수주문 (kt10000) — ordr / 주문', orderForm), GENERIC, 'financial', 'critical'],
    ['an order changed, described in Korean', tool('kiwoom_ordr_kt10002', '주식 정정주문 (kt10002) — ordr / 주문', { orig_ord_no: { type: 'string' }, stk_cd: { type: 'string' }, mdfy_qty: { type: 'string' }, mdfy_uv: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: an order\'s cost estimated', tool('estimate_order_cost', 'Estimate the cost and fees of an order before placing it.', { symbol: { type: 'string' }, quantity: { type: 'number' }, side: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a thing\'s method (`procurement_method: [purchase, lease, rental]` on a device record) is a field of what the call records, not its operation: buying nothing, the record stays a write; a bare `method` offering a purchase still picks one', () => {
  check([
    ['a device recorded with how it was procured', tool('create_device', 'Create a new device for an organization. Requires device type, asset number and model name.', { fields: { type: 'object', properties: { preset: { type: 'object', properties: { procurement_method: { type: 'string', enum: ['purchase', 'lease', 'rental'] } } } } } }), GENERIC, 'write', 'medium'],
    ['a top-level field of the same kind', tool('update_asset', 'Update an asset record.', { asset_id: { type: 'string' }, acquisition_method: { type: 'string', enum: ['purchase', 'donation', 'transfer'] } }), GENERIC, 'write', 'medium'],
    ['negative: a bare method that picks a purchase', tool('cart', 'Work with the shopping cart.', { method: { type: 'string', enum: ['view', 'purchase'] } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('placing a hedge on a trading venue places its orders, as placing an order does: money moves (financial/critical); a hedge placed where no money is handled is not', () => {
  const SIGNER = server('signer-perp-mcp', ['list_venues', 'get_account', 'place_order', 'place_hedge', 'cancel_order'], '@usenami/signer-mcp');
  check([
    ['a two-leg market hedge placed', tool('place_hedge', 'Place a 2-leg MARKET hedge ATOMICALLY: both legs are signed inside the enclave, then the gateway fires both orders on the venues.', { legs: { type: 'array' } }), SIGNER, 'financial', 'critical'],
    ['negative: a hedge (the plant) placed in a garden plan', tool('place_hedge', 'Place a hedge along the edge of the garden plan.', { x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('accepting a seller\'s bid on what the caller asked for (a vendor\'s bid on an advertised request) commits the buyer to pay its price: financial; a bid only listed is a read', () => {
  check([
    ['a vendor\'s bid accepted', tool('accept_advertise_bid', "Accept a vendor's bid on your advertised request. All other bids will be automatically rejected.", { advertiseId: { type: 'string' }, bidId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: the bids on a request listed', tool('list_advertise_bids', 'List the bids vendors made on your advertised request.', { advertiseId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('capturing or confirming a payment (a payment intent, a charge, an authorised payment) collects the money held for it: financial, as a charge is; capturing a screenshot or a note is not', () => {
  const STRIPE = server('stripe-mcp', ['create_payment_intent', 'confirm_payment_intent', 'capture_payment_intent', 'list_customers']);
  check([
    ['a payment intent confirmed', tool('confirm_payment_intent', 'Confirm a payment intent to initiate payment collection. Optionally attach a payment method.', { payment_intent_id: { type: 'string' }, payment_method: { type: 'string' } }), STRIPE, 'financial', 'critical'],
    ['a payment intent captured', tool('capture_payment_intent', 'Capture the funds of an existing uncaptured payment intent.', { payment_intent_id: { type: 'string' }, amount_to_capture: { type: 'integer' } }), STRIPE, 'financial', 'critical'],
    ['a charge captured, on any server', tool('capture_charge', 'Capture a previously authorized charge.', { charge: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a screenshot captured', tool('capture_screenshot', 'Capture a screenshot of the current page.', {}), GENERIC, 'read', 'low'],
    ['negative: payment intents listed', tool('list_payment_intents', 'List payment intents.', { limit: { type: 'integer' } }), STRIPE, 'read', undefined],
  ]);
});

describe('"amend" is a verb: amending live orders on a trading server ("Batch amend up to 20 unfilled FUTURES delivery orders", `futures_batch_amend`) changes trades, as placing them does; an "amend history" is a record of amendments', () => {
  const OKX = server('okx-trade-mcp', ['spot_place_order', 'spot_cancel_order', 'futures_batch_amend', 'account_get_balance', 'futures_get_positions']);
  check([
    ['a batch of unfilled futures orders amended', tool('futures_batch_amend', '[CAUTION] Batch amend up to 20 unfilled FUTURES delivery orders.', { orders: { type: 'array', items: { type: 'object' } } }, { readOnlyHint: false, destructiveHint: true }), OKX, 'financial', 'critical'],
    ['negative: a corpus amended', tool('corpus_amend', 'Amend a named corpus with new paths, re-embedding only what changed.', { name: { type: 'string' }, paths: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', undefined],
    ['negative: the history of amendments listed', tool('corpus_amend_history', 'Lists which paths have been amended on top of the disk snapshot.', { name: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('cancelling the orders a description names on a trading server ("Batch cancel up to 20 FUTURES delivery orders", `futures_batch_cancel`) is a trading act, as cancelling an order the name names is; "in order to" names no order', () => {
  const OKX = server('okx-trade-mcp', ['spot_place_order', 'spot_cancel_order', 'futures_batch_cancel', 'account_get_balance', 'futures_get_positions']);
  check([
    ['a batch of futures orders cancelled', tool('futures_batch_cancel', '[CAUTION] Batch cancel up to 20 FUTURES delivery orders.', { orders: { type: 'array', items: { type: 'object' } } }, { readOnlyHint: false, destructiveHint: true }), OKX, 'financial', undefined],
    ['negative: a batch job cancelled in order to free capacity', tool('batch_cancel', 'Batch cancel running jobs in order to free capacity.', { ids: { type: 'array', items: { type: 'string' } } }), OKX, 'write', undefined],
  ]);
});

describe('a tool with no verb it states that takes an original order\'s number with a security and a quantity (`orig_ord_no`, `stk_cd`, `cncl_qty`: "금현물 취소주문") cancels or changes that order: a trading act, as placing one is', () => {
  check([
    ['a gold spot order cancelled, the text in Korean', tool('kiwoom_ordr_kt50003', '금현물 취소주문 (kt50003) — ordr / 주문', { orig_ord_no: { type: 'string' }, stk_cd: { type: 'string' }, cncl_qty: { type: 'string' } }), GENERIC, 'financial', undefined],
    ['negative: an order\'s status looked up by its number', tool('kiwoom_acnt_kt00007', '계좌별주문체결내역상세요청 (kt00007) — acnt / 계좌', { ord_dt: { type: 'string' }, orig_ord_no: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('stopping a trading bot\'s order on a server that handles money (`grid_stop_order`: "Closes or cancels orders"; `dca_stop_order`: "1=sell") closes or cancels what it placed: a trading act; a deploy order stopped elsewhere is a write', () => {
  const OKX = server('OKX trading', ['spot_place_order', 'spot_cancel_order', 'grid_stop_order', 'account_get_balance']);
  check([
    ['a grid bot stopped', tool('grid_stop_order', 'Stop a grid bot. [CAUTION] Closes or cancels orders.', { algoId: { type: 'string' }, stopType: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), OKX, 'financial', undefined],
    ['negative: a print order stopped on a shop floor', tool('stop_print_order', 'Stop a print order on the shop floor.', { orderId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an ad, an ad set or a campaign given its budget (`daily_budget`, `budgetAmount`), or a post boosted with one, on a platform where ads are bought (its tools handle ad accounts) commits the ad spend: financial; an ad server\'s campaign budget only caps delivery', () => {
  const META = server('Meta Marketing', ['meta_list_ad_accounts', 'meta_create_campaign', 'meta_create_adset', 'meta_get_insights']);
  const SOCIAL = server('Zernio', ['zernio_list_ad_accounts', 'zernio_boost_post', 'zernio_create_post', 'zernio_list_posts']);
  check([
    ['an ad set with a daily budget', tool('meta_create_adset', 'Creates a new ad set within a campaign.', { campaign_id: { type: 'string' }, name: { type: 'string' }, daily_budget: { type: 'integer' } }), META, 'financial', undefined],
    ['a post boosted with a budget', tool('zernio_boost_post', 'Boost an existing social media post as a paid ad with a budget and target audience.', { postId: { type: 'string' }, budget: { type: 'number' } }), SOCIAL, 'financial', undefined],
    ['negative: a campaign renamed, no budget given', tool('meta_update_campaign', 'Updates an existing campaign.', { campaign_id: { type: 'string' }, name: { type: 'string' } }), META, 'write', undefined],
    ['negative: an ad server\'s campaign with budget limits', tool('create_campaign', 'Create a new standard campaign', { name: { type: 'string' }, budget: { type: 'object', properties: { daily: { type: 'number' } } } }), server('AdButler', ['create_campaign', 'list_campaigns', 'create_zone']), 'write', undefined],
  ]);
});

describe('on a trading venue, cancelling a trader\'s order changes their market position, a trading act as placing one is: critical; a shop\'s order cancelled calls off a sale (high)', () => {
  const OKX = server('OKX trading', ['spot_place_order', 'spot_cancel_order', 'account_get_balance']);
  check([
    ['a spot order cancelled on an exchange', tool('spot_cancel_order', 'Cancel an open spot order.', { instId: { type: 'string' }, ordId: { type: 'string' } }), OKX, 'financial', 'critical'],
    ['negative: a shop order cancelled', tool('cancel_order', 'Cancel an order.', { orderId: { type: 'string' } }), SHOP, 'financial', 'high'],
  ]);
});

describe('a server whose own name says it trades (`okx-trade-mcp`) handles money, so its orders placed are trades even where its description is not known: financial; a description\'s "insider trades" are market data', () => {
  const TRADE = server('@okx_ai/okx-trade-mcp', ['spot_place_order', 'spot_cancel_order', 'market_get_ticker'], '@okx_ai/okx-trade-mcp');
  check([
    ['an order placed on a server named for trading', tool('spot_place_order', 'Place a spot order. Attach TP/SL via tpTriggerPx/slTriggerPx.', { instId: { type: 'string' }, side: { type: 'string' }, sz: { type: 'string' } }), TRADE, 'financial', 'critical'],
    ['negative: the same order on a server named for nothing', tool('spot_place_order', 'Place a spot order. Attach TP/SL via tpTriggerPx/slTriggerPx.', { instId: { type: 'string' }, side: { type: 'string' }, sz: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a server named for a brokerage (Kiwoom Securities, Stockbit, Robinhood, Interactive Brokers) is a trading venue even where its description is not known: a trader\'s account read there is a financial record, medium', () => {
  const BROKER = server('kiwoom-rest-api', ['kiwoom_acnt_kt00001', 'kiwoom_ordr_kt10000'], 'kiwoom-rest-api');
  check([
    ['a trader\'s account read', tool('kiwoom_acnt_kt00001', '예수금상세현황요청 (kt00001) — acnt / 계좌', { qry_tp: { type: 'string' } }), BROKER, 'read', 'medium'],
    ['a working order cancelled on Stockbit', tool('order_cancel', 'CANCEL a working order. Preview it first, then confirm.', { order_id: { type: 'string' }, confirm: { type: 'boolean' } }), server('stockbit-mcp', ['order_cancel', 'position'], 'stockbit-mcp'), 'financial', 'critical'],
    ['negative: the same read on a server named for nothing', tool('kiwoom_acnt_kt00001', '예수금상세현황요청 (kt00001) — acnt / 계좌', { qry_tp: { type: 'string' } }), server('rest-api', ['kiwoom_acnt_kt00001']), 'read', 'low'],
  ]);
});

describe('a server named for a payment platform (`@moovio/sdk`, `@polar-sh/sdk`, Paddle, Razorpay) handles money even where its description is not known: a transfer cancelled there moves money back; the same name elsewhere is no payment', () => {
  const PAYMENTS = server('@moovio/sdk', ['transfers-create-cancellation', 'accounts-get'], '@moovio/sdk');
  check([
    ['a transfer\'s cancellation on a payment platform', tool('transfers-create-cancellation', 'Initiate a cancellation for a card, ACH, or queued transfer.', { accountID: { type: 'string' }, transferID: { type: 'string' } }), PAYMENTS, 'financial', 'critical'],
    ['negative: the same on a server named for nothing', tool('transfers-create-cancellation', 'Initiate a cancellation for a card, ACH, or queued transfer.', { accountID: { type: 'string' }, transferID: { type: 'string' } }), server('@acme/sdk', ['transfers-create-cancellation'], '@acme/sdk'), 'write', undefined],
  ]);
});

describe('an ad, an ad campaign or a boosted post the description says is bought ("as a paid ad with a budget", "an ad campaign with a specified objective, budget") spends its budget, even where the server\'s ad accounts are unknown: financial; an ad server\'s campaign with no budget named stays a write', () => {
  check([
    ['a post boosted as a paid ad', tool('boost_post', 'Boost an existing social media post as a paid ad with a budget and target audience.', { postId: { type: 'string' }, budget: { type: 'number' } }), GENERIC, 'financial', 'critical'],
    ['an ad campaign with a budget', tool('create_campaign', 'Create a new ad campaign with a specified objective, budget, and schedule.', { name: { type: 'string' }, budget: { type: 'number' } }), GENERIC, 'financial', 'critical'],
    ['negative: a campaign on an ad server', tool('create_campaign', 'Create a new campaign.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an auto-renewal switched on, off or changed ("auto-renew" or "auto renewal", for a subscription or a domain) commits to the next charge or stops it: financial, on any server; a renewal date read stays a read', () => {
  check([
    ['auto-renewal enabled for a subscription', tool('billing_enableAutoRenewalV1', 'Enable auto-renewal for a subscription.', { subscriptionId: { type: 'string' } }), GENERIC, 'financial', 'high'],
    ['a domain\'s auto-renew updated', tool('domains-registrar-update-domain-auto-renew', 'Update the auto-renew setting for a domain', { domain: { type: 'string' }, autoRenew: { type: 'boolean' } }), GENERIC, 'financial', 'high'],
    ['negative: a domain\'s renewal date read', tool('get_domain_renewal', 'Get the renewal date of a domain.', { domain: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an invoice or an order that exists, edited (its dates, lines, terms), is a bill corrected: write; no money moves and the edit makes no new obligation; creating one, or editing an invoice schedule, stays financial', () => {
  check([
    ['an invoice edited', tool('update_invoice', 'Update an existing invoice including subject, dates, terms and taxes.', { invoice_id: { type: 'string' }, subject: { type: 'string' } }), SHOP, 'write', 'medium'],
    ['an order edited', tool('orders-update', 'Update an order.', { id: { type: 'string' }, billing_name: { type: 'string' } }), SHOP, 'write', 'medium'],
    ['negative: an invoice created', tool('create_invoice', 'Create an invoice for a customer.', { customer_id: { type: 'string' } }), SHOP, 'financial', undefined],
    ['negative: an invoice schedule edited', tool('update_invoice_schedule', 'Update an existing invoice schedule by ID.', { id: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('a payment intent created tracks a payment until the customer confirms it: financial, high; one created with a switch that confirms it at once charges now: critical', () => {
  check([
    ['a payment intent created', tool('create_payment_intent', 'Create a payment intent for a specified amount and currency.', { amount: { type: 'number' }, currency: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['negative: a payment intent confirmed at once', tool('create_payment_intent', 'Create a payment intent for a specified amount and currency.', { amount: { type: 'number' }, currency: { type: 'string' }, confirm: { type: 'boolean' } }), SHOP, 'financial', 'critical'],
  ]);
});

describe('a sales deal\'s or an opportunity\'s amount, with its currency, is what the deal is expected to be worth, kept on the record: write; an amount with its currency paid out is money moved', () => {
  check([
    ['an opportunity with its amount', tool('create_opportunity', 'Create a new opportunity in the CRM.', { name: { type: 'string' }, amount: { type: 'number' }, currency: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a payout with its amount', tool('create_payout', 'Create a payout to a connected account.', { amount: { type: 'number' }, currency: { type: 'string' } }), GENERIC, 'financial', 'critical'],
  ]);
});
