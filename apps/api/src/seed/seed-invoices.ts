import { and, eq } from "drizzle-orm";
import { customers, type Db } from "@reskontra/db";
import type { SeededDemo } from "./seed-demo";

/** Each demo user's customers: a person, a business with an e-invoice address, and one abroad. */
const DEMO_CUSTOMERS = [
  {
    owner: "ville.virtanen@demo.reskontra.fi",
    organization: "virtanen",
    rows: [
      {
        customerNumber: "1",
        name: "Maija Meikäläinen",
        isPerson: true,
        businessId: null,
        countryCode: "FI",
        street: "Kotikatu 5 A 3",
        postalCode: "33200",
        city: "Tampere",
        email: "maija.meikalainen@example.fi",
        einvoiceAddress: null,
        einvoiceOperator: null,
      },
      {
        customerNumber: "2",
        name: "Rakennus Oy Esimerkki",
        isPerson: false,
        businessId: "1572860-0",
        countryCode: "FI",
        street: "Teollisuustie 12",
        postalCode: "33400",
        city: "Tampere",
        email: "ostoreskontra@example.fi",
        einvoiceAddress: "003715728600",
        einvoiceOperator: "003721291126",
      },
      {
        customerNumber: "3",
        name: "Svensson AB",
        isPerson: false,
        businessId: null,
        countryCode: "SE",
        street: "Storgatan 1",
        postalCode: "111 22",
        city: "Stockholm",
        email: "faktura@example.se",
        einvoiceAddress: null,
        einvoiceOperator: null,
      },
    ],
  },
  {
    owner: "aino.aalto@demo.reskontra.fi",
    organization: "aalto",
    rows: [
      {
        customerNumber: "A-1",
        name: "Kahvila Kulma",
        isPerson: false,
        businessId: "0737546-2",
        countryCode: "FI",
        street: "Kulmakatu 2",
        postalCode: "00100",
        city: "Helsinki",
        email: "kahvila@example.fi",
        einvoiceAddress: null,
        einvoiceOperator: null,
      },
    ],
  },
] as const;

export async function seedDemoInvoices(db: Db, demo: SeededDemo): Promise<void> {
  for (const group of DEMO_CUSTOMERS) {
    const ownerUserId = demo.userIds[group.owner];
    if (!ownerUserId) continue;
    for (const row of group.rows) {
      const [existing] = await db
        .select({ id: customers.id })
        .from(customers)
        .where(and(eq(customers.ownerUserId, ownerUserId), eq(customers.customerNumber, row.customerNumber)));
      if (existing) continue;
      await db.insert(customers).values({ ...row, ownerUserId, organizationId: demo.organizationIds[group.organization] });
    }
  }
}
