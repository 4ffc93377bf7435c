package uncheckederr

import (
	"context"
	"errors"
	"log"

	stripe "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/product"
)

func firstPageData(ctx context.Context, sc *stripe.Client) []*stripe.Product {
	return sc.V1Products.List(ctx, nil).Data() // want `error of \(\*stripe.Client\).V1Products.List is not checked \(Data reads the first page even when the request failed: keep the list and check its Err\(\)\)`
}

func firstPageV2(ctx context.Context, sc *stripe.Client) bool {
	list := sc.V2CoreAccounts.List(ctx, nil)
	return list.Meta().NextPageURL != "" // want `error of \(\*stripe.Client\).V2CoreAccounts.List is not checked \(list.Meta reads the first page even when the request failed: check list.Err\(\) first\)`
}

func firstPageSearch(ctx context.Context, sc *stripe.Client, p *stripe.ProductSearchParams) int {
	list := sc.V1Products.Search(ctx, p)
	return len(list.Data()) // want `error of \(\*stripe.Client\).V1Products.Search is not checked \(list.Data reads the first page even when the request failed: check list.Err\(\) first\)`
}

func legacyFirstPage(p *stripe.ProductListParams) []*stripe.Product {
	return product.List(p).ProductList().Data // want `error of product.List is not checked \(ProductList reads the first page even when the request failed: keep the list and check its Err\(\)\)`
}

func breakOnError(ctx context.Context, sc *stripe.Client) []string {
	var ids []string
	for p, err := range sc.V1Products.List(ctx, nil).All(ctx) {
		if err != nil {
			log.Print(err)
			break // want `error of \(\*stripe.Client\).V1Products.List stops the loop and is dropped \(return it, or record it\)`
		}
		ids = append(ids, p.ID)
	}
	return ids
}

func continueOnError(ctx context.Context, sc *stripe.Client, name string) (*stripe.Product, error) {
	for p, err := range sc.V1Products.List(ctx, nil).All(ctx) {
		if err != nil {
			continue // want `error of \(\*stripe.Client\).V1Products.List is skipped and dropped \(return it, or record it\)`
		}
		if p.Name == name {
			return p, nil
		}
	}
	return nil, errors.New("no such product")
}

func errInsideLegacyLoop(p *stripe.ProductListParams) int {
	n := 0
	it := product.List(p)
	for it.Next() { // want `error of product.List is checked only inside the loop \(it is nil while Next returns true: call it.Err\(\) after the loop\)`
		if it.Err() != nil {
			break
		}
		n++
	}
	return n
}

// --- Silent. ---

func firstPageChecked(ctx context.Context, sc *stripe.Client) ([]*stripe.Product, error) {
	list := sc.V1Products.List(ctx, nil)
	if err := list.Err(); err != nil {
		return nil, err
	}
	return list.Data(), nil
}

func breakRecorded(ctx context.Context, sc *stripe.Client) ([]string, error) {
	var ids []string
	var listErr error
	for p, err := range sc.V1Products.List(ctx, nil).All(ctx) {
		if err != nil {
			listErr = err
			break
		}
		ids = append(ids, p.ID)
	}
	return ids, listErr
}
